package org.lyrae.ml.plot;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class ChartTest {

    @Test
    void ticksAreRoundAndCoverTheRange() {
        assertArrayEquals(new double[] {0, 0.2, 0.4, 0.6, 0.8, 1.0}, Chart.ticks(0, 1), 1e-12);
        assertArrayEquals(new double[] {15.4, 15.6, 15.8, 16.0, 16.2, 16.4, 16.6, 16.8}, Chart.ticks(15.3, 16.9), 1e-12);
        assertArrayEquals(new double[] {-1, -0.5, 0, 0.5, 1}, Chart.ticks(-1.2, 1.2), 1e-12);
    }

    @Test
    void pointsAndLinesAreDrawnWhereTheDataAre(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        double[] x = {0.1, 0.5, 0.9};
        double[] y = {15.0, 15.5, 16.0};
        Path png = dir.resolve("c.png");
        new Chart("test", "phase", "G [mag]").invertY().xRange(0, 1).yRange(14.9, 16.1)
                .points(x, y, new double[] {0.02, 0.02, 0.02}, "data").line(new double[] {0, 1}, new double[] {15, 16}, "model")
                .writePng(png, 400, 300);
        BufferedImage img = ImageIO.read(png.toFile());
        assertEquals(400, img.getWidth());
        // the brightest point (15.0) is near the top of the plot area, the faintest near the bottom
        int top = 40;
        int bottom = 300 - 55;
        int left = 70;
        int right = 400 - 20;
        int px = (int) Math.round(left + 0.1 * (right - left));
        int pyBright = (int) Math.round(top + (15.0 - 14.9) / 1.2 * (bottom - top));
        assertTrue(isColoured(img.getRGB(px, pyBright)), "no point at the bright end");
        int pyFaint = (int) Math.round(top + (16.0 - 14.9) / 1.2 * (bottom - top));
        assertTrue(isColoured(img.getRGB((int) Math.round(left + 0.9 * (right - left)), pyFaint)), "no point at the faint end");
        assertTrue(!isColoured(img.getRGB(px, pyFaint)), "a point where there is no data");
    }

    private static boolean isColoured(int rgb) {
        int r = (rgb >> 16) & 0xff;
        int g = (rgb >> 8) & 0xff;
        int b = rgb & 0xff;
        return Math.max(r, Math.max(g, b)) - Math.min(r, Math.min(g, b)) > 60;
    }
}
