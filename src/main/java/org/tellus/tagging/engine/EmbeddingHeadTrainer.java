package org.tellus.tagging.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import opennlp.tools.ml.model.Event;
import opennlp.tools.ml.model.MaxentModel;

/**
 * Trains an {@link EmbeddingHead} in two steps, per theme:
 * <ol>
 *   <li>a direction in the sentence-vector space by ridge regression on the theme's ±1 labels. All themes share one
 *   Gram matrix (X'X + λI), factorised once, so a theme costs one solve: training on thousands of dense 384-component
 *   vectors takes a second, where OpenNLP's L-BFGS on the same features took minutes (decision 014);</li>
 *   <li>OpenNLP maxent (real-valued features: the text's score on that direction, and a bias) turns the score into a
 *   probability.</li>
 * </ol>
 * Both steps are linear, so the head is a logistic model on the vector: sigmoid(b + v·w).
 */
final class EmbeddingHeadTrainer {

    private final ThemeTrainer.Options options;

    EmbeddingHeadTrainer(ThemeTrainer.Options options) { this.options = options; }

    EmbeddingHead fit(String embedder, List<float[]> vectors, List<boolean[]> y, int L) {
        double[] weights = new double[vectors.size()];
        java.util.Arrays.fill(weights, 1.0);
        return fit(embedder, vectors, y, weights, L);
    }

    /**
     * As {@link #fit(String, List, List, int)} with a weight per vector in the ridge step (self-labelled texts
     * count less). The calibration step sees only the texts of full weight: a self-labelled text is confidently
     * positive by construction and would teach the probabilities to be overconfident.
     */
    EmbeddingHead fit(String embedder, List<float[]> vectors, List<boolean[]> y, double[] weights, int L) {
        if (vectors.isEmpty()) throw new IllegalArgumentException("no vectors to train on");
        if (weights.length != vectors.size()) throw new IllegalArgumentException("one weight per vector");
        int d = vectors.getFirst().length;
        for (float[] v : vectors) if (v.length != d) throw new IllegalArgumentException("vectors of different lengths");
        double[][] factor = cholesky(gram(vectors, weights, d, options.embeddingL2()));
        float[] w = new float[d * L];
        float[] b = new float[L];
        IntStream.range(0, L).parallel().forEach(l -> fitTheme(l, vectors, y, weights, d, factor, w, b));
        return new EmbeddingHead(embedder, d, w, b);
    }

    private static void fitTheme(int l, List<float[]> vectors, List<boolean[]> y, double[] weights, int d,
                                 double[][] factor, float[] w, float[] b) {
        boolean anyPos = false, anyNeg = false;
        double[] xty = new double[d + 1]; // the last component is the intercept's
        for (int i = 0; i < vectors.size(); i++) {
            boolean pos = y.get(i)[l];
            anyPos |= pos;
            anyNeg |= !pos;
            double t = (pos ? 1 : -1) * weights[i];
            float[] v = vectors.get(i);
            for (int k = 0; k < d; k++) xty[k] += t * v[k];
            xty[d] += t;
        }
        if (!anyPos || !anyNeg) {
            b[l] = anyPos ? 10f : -10f;
            return;
        }
        double[] direction = solve(factor, xty);
        // calibrate: OpenNLP maxent on the score along the direction, so the probability is sigmoid(a * score + c)
        List<Event> events = new ArrayList<>(vectors.size());
        String[] names = {"score", ThemeTrainer.BIAS};
        for (int i = 0; i < vectors.size(); i++) {
            if (weights[i] < 1) continue;
            events.add(new Event(y.get(i)[l] ? "1" : "0", names, new float[] {(float) score(vectors.get(i), direction), 1f}));
        }
        MaxentModel m = ThemeTrainer.trainBinary(events, CALIBRATION_L2, CALIBRATION_ITERATIONS, null);
        int one = m.getIndex("1"), zero = m.getIndex("0");
        double a = ThemeTrainer.logit(m.eval(new String[] {"score"}, new float[] {1f}), one, zero);
        double c = ThemeTrainer.logit(m.eval(new String[] {ThemeTrainer.BIAS}, new float[] {1f}), one, zero);
        for (int k = 0; k < d; k++) w[l * d + k] = (float) (a * direction[k]);
        b[l] = (float) (a * direction[d] + c);
    }

    /** Two parameters fitted on hundreds of texts: a light penalty only keeps them finite when the classes separate. */
    private static final double CALIBRATION_L2 = 0.1;
    private static final int CALIBRATION_ITERATIONS = 100;

    private static double score(float[] v, double[] direction) {
        double s = direction[v.length];
        for (int k = 0; k < v.length; k++) s += v[k] * direction[k];
        return s;
    }

    /**
     * X'WX + λI over the vectors with a constant 1 appended (the intercept, penalised lightly like the rest), W the
     * diagonal of the weights.
     */
    static double[][] gram(List<float[]> vectors, double[] weights, int d, double lambda) {
        int n = d + 1;
        double[][] g = new double[n][n];
        IntStream.range(0, n).parallel().forEach(r -> {
            double[] row = g[r];
            for (int i = 0; i < vectors.size(); i++) {
                float[] v = vectors.get(i);
                double vr = (r == d ? 1 : v[r]) * weights[i];
                if (vr == 0) continue;
                for (int c = 0; c <= r; c++) row[c] += vr * (c == d ? 1 : v[c]);
            }
        });
        for (int r = 0; r < n; r++) {
            g[r][r] += lambda;
            for (int c = 0; c < r; c++) g[c][r] = g[r][c];
        }
        return g;
    }

    /** The lower-triangular L with L L' = a (a is symmetric positive definite: a Gram matrix plus λI). */
    static double[][] cholesky(double[][] a) {
        int n = a.length;
        double[][] l = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j <= i; j++) {
                double s = a[i][j];
                for (int k = 0; k < j; k++) s -= l[i][k] * l[j][k];
                if (i == j) {
                    if (s <= 0) throw new IllegalStateException("matrix not positive definite");
                    l[i][i] = Math.sqrt(s);
                } else {
                    l[i][j] = s / l[j][j];
                }
            }
        }
        return l;
    }

    /** Solves L L' x = rhs by forward and back substitution. */
    static double[] solve(double[][] l, double[] rhs) {
        int n = rhs.length;
        double[] z = new double[n];
        for (int i = 0; i < n; i++) {
            double s = rhs[i];
            for (int k = 0; k < i; k++) s -= l[i][k] * z[k];
            z[i] = s / l[i][i];
        }
        double[] x = new double[n];
        for (int i = n - 1; i >= 0; i--) {
            double s = z[i];
            for (int k = i + 1; k < n; k++) s -= l[k][i] * x[k];
            x[i] = s / l[i][i];
        }
        return x;
    }
}
