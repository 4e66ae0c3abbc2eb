package org.lyrae.ml.calib;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Applies a sample's cuts in order and logs the stars left after each. A star may have several
 * candidate light curves (our G fit and lcfit's; two fits of one ground curve), in order of preference:
 * a light-curve cut removes the curves that fail it, and the star stays while any curve is left, so
 * that each step counts stars, and the preferred surviving curve is used at the end.
 */
final class CutChain {

    /** A star and its remaining light curves, most preferred first. */
    record Candidate(SpectroscopicStar star, List<FourierFeatures> sources) {
        Candidate {
            sources = List.copyOf(sources);
        }
    }

    private List<Candidate> candidates;
    private final CutLog.Builder log;

    CutChain(String sample, String startDescription, List<Candidate> start) {
        this.candidates = List.copyOf(start);
        this.log = new CutLog.Builder(sample).step(startDescription, start.size(), List.of());
    }

    /** Keeps the stars that satisfy {@code keep}. */
    CutChain star(String description, Predicate<Candidate> keep) {
        return advance(description, candidates.stream().filter(keep).toList());
    }

    /**
     * Keeps the light curves that satisfy {@code keep}, and the stars with one left; notes a star that
     * loses its preferred curve but keeps another.
     */
    CutChain curve(String description, BiPredicate<SpectroscopicStar, FourierFeatures> keep) {
        List<Candidate> next = new ArrayList<>();
        for (Candidate c : candidates) {
            List<FourierFeatures> left = c.sources().stream().filter(f -> keep.test(c.star(), f)).toList();
            if (left.isEmpty()) continue;
            if (left.get(0) != c.sources().get(0)) {
                log.note(c.star().name() + ": " + label(c.sources().get(0)) + " fails \"" + description + "\"; uses "
                        + label(left.get(0)));
            }
            next.add(new Candidate(c.star(), left));
        }
        return advance(description, next);
    }

    private CutChain advance(String description, List<Candidate> next) {
        Set<String> kept = next.stream().map(c -> c.star().name()).collect(Collectors.toSet());
        List<String> dropped = candidates.stream().map(c -> c.star().name()).filter(n -> !kept.contains(n)).toList();
        candidates = List.copyOf(next);
        log.step(description, candidates.size(), dropped);
        return this;
    }

    /** Drops every light curve claimed by more than one star (a curve linked to the wrong star). */
    CutChain uniqueCurves(String description) {
        Map<String, Long> claims = new HashMap<>();
        for (Candidate c : candidates) {
            c.sources().stream().map(CutChain::label).distinct().forEach(l -> claims.merge(l, 1L, Long::sum));
        }
        for (Map.Entry<String, Long> e : claims.entrySet()) {
            if (e.getValue() > 1) {
                String owners = candidates.stream()
                        .filter(c -> c.sources().stream().anyMatch(f -> label(f).equals(e.getKey())))
                        .map(c -> c.star().name()).collect(Collectors.joining(", "));
                log.note(e.getKey() + " is claimed by " + owners + ": dropped for all of them");
            }
        }
        return curve(description, (s, f) -> claims.get(label(f)) == 1);
    }

    CutChain note(String note) {
        log.note(note);
        return this;
    }

    List<Candidate> candidates() {
        return candidates;
    }

    CutLog log() {
        return log.build();
    }

    static String label(FourierFeatures f) {
        return f.origin() + ":" + f.curveId();
    }
}
