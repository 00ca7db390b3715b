package org.tellus.tagging.engine;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Multi-label metrics. Conventions (documented in docs/tagging.md):
 * <ul>
 *   <li>per label: precision = tp/(tp+fp), 0 when the label was never predicted; recall = tp/(tp+fn), 0 when the
 *   label has no support; F1 = 2PR/(P+R), 0 when P+R = 0;</li>
 *   <li>micro: tp, fp, fn pooled over all labels of the label set;</li>
 *   <li>macro-F1: mean per-label F1 over the labels with support &gt; 0 in the gold data (labels that never occur
 *   cannot be scored fairly);</li>
 *   <li>samples-F1: mean over texts of the text's F1 between its gold and predicted sets; a text whose gold and
 *   predicted sets are both empty scores 1.0 (correctly saying "no theme" is right), one empty and the other not
 *   scores 0.0.</li>
 * </ul>
 * Labels outside the label set are ignored.
 */
public final class Metrics {

    private Metrics() {}

    public static EvaluationFigures evaluate(List<String> labelIds, List<Set<String>> gold, List<Set<String>> predicted) {
        if (gold.size() != predicted.size()) throw new IllegalArgumentException("gold and predicted differ in size");
        int L = labelIds.size();
        int[] tp = new int[L], fp = new int[L], fn = new int[L];
        double samplesSum = 0;
        for (int i = 0; i < gold.size(); i++) {
            Set<String> g = gold.get(i), p = predicted.get(i);
            int itp = 0, ig = 0, ip = 0;
            for (int l = 0; l < L; l++) {
                String id = labelIds.get(l);
                boolean inG = g.contains(id), inP = p.contains(id);
                if (inG) ig++;
                if (inP) ip++;
                if (inG && inP) { tp[l]++; itp++; }
                else if (inP) fp[l]++;
                else if (inG) fn[l]++;
            }
            samplesSum += (ig == 0 && ip == 0) ? 1.0 : 2.0 * itp / (ig + ip);
        }
        Map<String, EvaluationFigures.LabelFigures> labels = new LinkedHashMap<>();
        int TP = 0, FP = 0, FN = 0, supported = 0;
        double macroSum = 0;
        for (int l = 0; l < L; l++) {
            TP += tp[l]; FP += fp[l]; FN += fn[l];
            double p = div(tp[l], tp[l] + fp[l]), r = div(tp[l], tp[l] + fn[l]);
            double f = f1(p, r);
            int support = tp[l] + fn[l];
            labels.put(labelIds.get(l), new EvaluationFigures.LabelFigures(p, r, f, support, tp[l] + fp[l]));
            if (support > 0) { supported++; macroSum += f; }
        }
        double mp = div(TP, TP + FP), mr = div(TP, TP + FN);
        return new EvaluationFigures(gold.size(), mp, mr, f1(mp, mr), supported == 0 ? 0 : macroSum / supported,
                gold.isEmpty() ? 0 : samplesSum / gold.size(), labels);
    }

    private static double div(int a, int b) { return b == 0 ? 0 : (double) a / b; }

    static double f1(double p, double r) { return p + r == 0 ? 0 : 2 * p * r / (p + r); }
}
