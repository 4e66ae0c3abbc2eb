package org.lyrae.ml.select;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Every selector, with least squares, finds the two informative features among eight. */
class FeatureSelectionTest {
    private static final Dataset DATA = Synthetic.twoInformativeOfEight(400, 3);
    private static final RepeatedKFold SPLITS = new RepeatedKFold(5, 3, 17);
    private static final Set<String> INFORMATIVE = Set.of("inf0", "inf1");

    @Test
    void kBestByFTest() {
        SelectionResult r = new SelectKBest(new FTest(), new OrdinaryLeastSquares(), SPLITS).select(DATA);
        assertPicksInformative(r);
        assertEquals(8, r.scores().size());
        assertTrue(INFORMATIVE.contains(r.scores().get(0).feature()));
        assertTrue(r.scores().get(1).pValue() < 1e-20);
        assertEquals(8, r.curve().size());
    }

    @Test
    void kBestByMutualInformation() {
        SelectionResult r = new SelectKBest(new MutualInformation(), new OrdinaryLeastSquares(), SPLITS).select(DATA);
        assertPicksInformative(r);
        assertEquals(Set.of("corr0", "corr1"), Set.copyOf(r.curve().get(3).features().subList(2, 4)),
            "noisy copies rank right after the originals");
    }

    @Test
    void forwardSelection() {
        SelectionResult r = new SequentialFeatureSelector(SequentialFeatureSelector.Direction.FORWARD,
            new OrdinaryLeastSquares(), SPLITS).select(DATA);
        assertPicksInformative(r);
        assertEquals(8, r.curve().size());
        assertEquals(8, r.curve().get(7).size());
    }

    @Test
    void backwardSelection() {
        SelectionResult r = new SequentialFeatureSelector(SequentialFeatureSelector.Direction.BACKWARD,
            new OrdinaryLeastSquares(), SPLITS).select(DATA);
        assertPicksInformative(r);
        assertEquals(List.of(1, 2, 3, 4, 5, 6, 7, 8), r.curve().stream().map(CurvePoint::size).toList());
    }

    @Test
    void resultsRoundTripThroughJson() throws Exception {
        SelectionResult r = new SelectKBest(new FTest(), new OrdinaryLeastSquares(), SPLITS).select(DATA);
        ObjectMapper json = new ObjectMapper();
        String text = json.writeValueAsString(r);
        SelectionResult back = json.readValue(text, SelectionResult.class);
        assertEquals(r, back);
        assertTrue(text.contains("\"selected\":[\"inf"), text);
        CvResult cv = new CrossValidator(SPLITS).evaluate(new OrdinaryLeastSquares(), DATA);
        assertEquals(cv.summary(), json.readValue(json.writeValueAsString(cv), CvResult.class).summary());
    }

    private static void assertPicksInformative(SelectionResult r) {
        assertEquals(INFORMATIVE, Set.copyOf(r.selected()), r.method() + " curve " + r.curve());
        CurvePoint chosen = r.chosen();
        CurvePoint best = r.curve().stream().min((a, b) -> Double.compare(a.rmse(), b.rmse())).orElseThrow();
        assertTrue(chosen.rmse() <= best.rmse() + best.cv().rmseStdErr(), "within one standard error of the best");
        assertTrue(r.curve().stream().filter(c -> c.size() == 1).allMatch(c -> c.rmse() > 2 * chosen.rmse()));
    }
}
