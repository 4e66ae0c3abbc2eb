package org.lyrae.ml.catalogue;

import java.io.IOException;
import java.util.List;

/**
 * One input of the catalogue (a kind of file the data come in), as STIL plugs table formats: it knows
 * how to read its files into {@link CatalogueStar}s; the {@link CatalogueBuilder} does the rest
 * (metallicities, spectroscopic values, positions, distances) the same way for all of them.
 */
public interface CatalogueSource {

    /** What the rows it gives store in {@code input_source}. */
    InputSource input();

    /** How many stars it will give at most (for progress), −1 when it cannot tell cheaply. */
    long expectedStars();

    /** Starts reading; light-curve inputs analyse their curves here (reporting to {@code progress}). */
    Stream open(CatalogueProgress progress) throws IOException;

    /** The stars of an input, a chunk at a time. */
    interface Stream extends AutoCloseable {
        /** Up to {@code max} more stars; an empty list at the end. */
        List<CatalogueStar> next(int max) throws IOException;

        /** How many stars it holds in all, −1 when unknown. */
        default long size() {
            return -1;
        }

        @Override
        void close() throws IOException;
    }

    /** A stream over stars already in memory. */
    static Stream of(List<CatalogueStar> stars) {
        return new Stream() {
            private int at;

            @Override
            public List<CatalogueStar> next(int max) {
                List<CatalogueStar> out = stars.subList(at, Math.min(stars.size(), at + max));
                at += out.size();
                return out;
            }

            @Override
            public long size() {
                return stars.size();
            }

            @Override
            public void close() {
            }
        };
    }
}
