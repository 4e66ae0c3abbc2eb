package org.lyrae.ml.fourier;

import java.util.ArrayList;
import java.util.List;

/**
 * Power on an even frequency grid f_i = minFrequency + i × step (cycles/day): the fraction of the weighted
 * variance the periodogram's model explains at each frequency, in [0, 1].
 */
public record Periodogram(double minFrequency, double step, double[] power) {

    public Periodogram {
        power = power.clone();
    }

    @Override
    public double[] power() {
        return power.clone();
    }

    public int size() {
        return power.length;
    }

    public double frequency(int i) {
        return minFrequency + i * step;
    }

    /** Indices of the {@code count} highest local maxima, highest first. */
    public List<Integer> peaks(int count) {
        int[] best = new int[count];
        int found = 0;
        for (int i = 0; i < power.length; i++) {
            boolean left = i == 0 || power[i] >= power[i - 1];
            boolean right = i == power.length - 1 || power[i] > power[i + 1];
            if (!left || !right || (found == count && power[i] <= power[best[count - 1]])) {
                continue;
            }
            // Insertion into the short list of the best so far, kept sorted by falling power.
            int j = Math.min(found, count - 1);
            while (j > 0 && power[best[j - 1]] < power[i]) {
                best[j] = best[j - 1];
                j--;
            }
            best[j] = i;
            found = Math.min(found + 1, count);
        }
        List<Integer> out = new ArrayList<>(found);
        for (int k = 0; k < found; k++) {
            out.add(best[k]);
        }
        return out;
    }
}
