package org.lyrae.ml.nn;

import ai.djl.Device;
import ai.djl.engine.Engine;
import java.util.Locale;

/**
 * The PyTorch engine of DJL, set up so that it never reaches the network: offline mode (the native
 * library is the one in the {@code pytorch-native-*} jar on the class path, unpacked into DJL's cache
 * folder on first use) and no usage reporting. Every use of DJL in Lyrae goes through here first.
 */
public final class Engines {
    public static final String ENGINE = "PyTorch";

    private Engines() {
    }

    /** The engine, configured offline; the first call loads the native library (seconds). */
    public static synchronized Engine pytorch() {
        setIfAbsent("ai.djl.offline", "true");
        setIfAbsent("OPT_OUT_TRACKING", "true");
        try {
            return Engine.getEngine(ENGINE);
        } catch (RuntimeException e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (String.valueOf(t.getMessage()).contains("Offline mode")) {
                    // DJL found no native library it can use here and wanted to download one
                    throw new IllegalStateException("the PyTorch library in this build cannot run on this machine and nothing is "
                            + "downloaded at run time: a -Pgpu (CUDA) build needs an NVIDIA GPU with its driver; elsewhere use the "
                            + "default (CPU) build", e);
                }
            }
            throw e;
        }
    }

    /**
     * The device to run on: {@code auto} (a GPU when the loaded engine was built with CUDA and sees one,
     * else the CPU), {@code cpu}, or {@code gpu} (an error when there is none).
     */
    public static Device device(String preference) {
        Engine e = pytorch();
        String p = preference == null ? "auto" : preference.strip().toLowerCase(Locale.ROOT);
        switch (p) {
            case "cpu": return Device.cpu();
            case "gpu":
                if (e.getGpuCount() == 0) {
                    throw new IllegalStateException("no GPU: the PyTorch library loaded (" + e.getVersion()
                            + ") sees none; build with -Pgpu for CUDA and run on a machine with an NVIDIA GPU, or use cpu");
                }
                return Device.gpu();
            case "auto": case "": return e.getGpuCount() > 0 ? Device.gpu() : Device.cpu();
            default: throw new IllegalArgumentException("device '" + preference + "': use auto, cpu or gpu");
        }
    }

    /** What is loaded, for logs and reports: engine version and the devices it sees. */
    public static String describe() {
        Engine e = pytorch();
        return ENGINE + " " + e.getVersion() + ", GPUs: " + e.getGpuCount();
    }

    private static void setIfAbsent(String key, String value) {
        if (System.getProperty(key) == null) System.setProperty(key, value);
    }
}
