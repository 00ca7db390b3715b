package org.tellus.tagging.engine;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/** Small helpers for dense vectors: unit length, cosine, and the byte form they are stored in. */
public final class Vectors {

    private Vectors() {}

    /** A unit-length copy (a zero vector stays zero). */
    public static float[] unit(float[] v) {
        double n = norm(v);
        float[] out = v.clone();
        if (n > 0) for (int i = 0; i < out.length; i++) out[i] = (float) (out[i] / n);
        return out;
    }

    public static double norm(float[] v) {
        double s = 0;
        for (float x : v) s += (double) x * x;
        return Math.sqrt(s);
    }

    public static double cosine(float[] a, float[] b) {
        double dot = 0;
        for (int i = 0; i < a.length; i++) dot += (double) a[i] * b[i];
        double n = norm(a) * norm(b);
        return n == 0 ? 0 : dot / n;
    }

    /** Little-endian float32 bytes (4 per component): how vectors are stored in the database. */
    public static byte[] toBytes(float[] v) {
        ByteBuffer b = ByteBuffer.allocate(v.length * Float.BYTES).order(ByteOrder.LITTLE_ENDIAN);
        for (float x : v) b.putFloat(x);
        return b.array();
    }

    public static float[] fromBytes(byte[] bytes) {
        if (bytes.length % Float.BYTES != 0) throw new IllegalArgumentException("not a float32 vector: " + bytes.length + " bytes");
        ByteBuffer b = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        float[] v = new float[bytes.length / Float.BYTES];
        for (int i = 0; i < v.length; i++) v[i] = b.getFloat();
        return v;
    }
}
