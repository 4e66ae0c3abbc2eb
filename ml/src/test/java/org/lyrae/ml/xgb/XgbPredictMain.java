package org.lyrae.ml.xgb;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Loads a saved model and predicts rows, in a JVM of its own: proves that saved bytes are all a
 * model needs. Arguments: model file, rows file, output file ({@link #writeRows} format).
 */
public final class XgbPredictMain {
    private XgbPredictMain() {
    }

    public static void main(String[] args) throws IOException {
        try (XgbRegressor m = XgbRegressor.fromBytes(Files.readAllBytes(Path.of(args[0])))) {
            double[] p = m.predict(readRows(Path.of(args[1])));
            writeRows(Path.of(args[2]), new double[][] {p});
        }
    }

    static void writeRows(Path file, double[][] rows) throws IOException {
        try (DataOutputStream out = new DataOutputStream(Files.newOutputStream(file))) {
            out.writeInt(rows.length);
            out.writeInt(rows.length == 0 ? 0 : rows[0].length);
            for (double[] row : rows) {
                for (double v : row) {
                    out.writeDouble(v);
                }
            }
        }
    }

    static double[][] readRows(Path file) throws IOException {
        try (DataInputStream in = new DataInputStream(Files.newInputStream(file))) {
            double[][] rows = new double[in.readInt()][in.readInt()];
            for (double[] row : rows) {
                for (int j = 0; j < row.length; j++) {
                    row[j] = in.readDouble();
                }
            }
            return rows;
        }
    }
}
