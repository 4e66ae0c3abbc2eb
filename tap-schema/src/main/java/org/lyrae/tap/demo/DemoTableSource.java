package org.lyrae.tap.demo;

import java.io.IOException;
import java.nio.file.Path;
import uk.ac.starlink.table.StarTable;

/**
 * A table of the demo catalogue, read from the shared data folder. The columns of the table it
 * returns are those of its descriptor ({@code tables/<descriptorName>.json}), in the same order
 * and with the same names; values are already in the descriptor's units.
 */
public interface DemoTableSource {

    /** {@code schema.table}, the name of the descriptor resource and of the published table. */
    String descriptorName();

    /** Reads the table from {@code dataDir} (the shared {@code data} folder). */
    StarTable read(Path dataDir) throws IOException;
}
