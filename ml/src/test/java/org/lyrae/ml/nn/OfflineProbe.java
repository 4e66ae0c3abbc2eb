package org.lyrae.ml.nn;

import ai.djl.Device;
import java.net.SocketPermission;
import java.net.URL;
import java.security.Permission;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Run by {@link OfflineEngineTest} in a new JVM with an empty DJL cache: records every attempt to
 * reach another machine (a security manager sees each connect and name lookup, whoever makes it)
 * while PyTorch is loaded, a network trained and used. Exits 3 if there was any, 0 if none. With
 * the argument {@code control} it also opens a URL itself, to show that the recording works.
 */
public final class OfflineProbe {
    private OfflineProbe() {
    }

    @SuppressWarnings("removal")
    public static void main(String[] args) throws Exception {
        List<String> attempts = new CopyOnWriteArrayList<>();
        System.setSecurityManager(new SecurityManager() {
            @Override
            public void checkPermission(Permission p) {
                if (p instanceof SocketPermission s && (s.getActions().contains("connect") || s.getActions().contains("resolve"))) {
                    String host = s.getName().replaceFirst(":.*", "");
                    if (!host.equals("localhost") && !host.startsWith("127.")) attempts.add(s.getName() + " " + s.getActions());
                }
            }

            @Override
            public void checkPermission(Permission p, Object context) {
                checkPermission(p);
            }
        });
        NetworkSettings s = SyntheticCurves.small(LstmArchitecture.NAME).withEpochs(2, 2);
        CurveData data = SyntheticCurves.sample(64, 1);
        TrainedNetwork t = NetworkTrainer.train(data, data.subset(new int[] {0, 1}), null, s, Device.cpu(), NetworkTrainer.Progress.NONE);
        try (LoadedNetwork net = LoadedNetwork.load(s, data.points(), t, Device.cpu())) {
            System.out.println("predicted " + net.predict(data.curves()).length + " curves with " + Engines.describe());
        }
        if (args.length > 0 && args[0].equals("control")) {
            try {
                new URL("http://repo1.maven.org/maven2/").openConnection().connect();
            } catch (Exception expected) {
                // this machine may have no route out; the attempt is what counts
            }
        }
        System.out.println("network attempts: " + attempts);
        System.exit(attempts.isEmpty() ? 0 : 3);
    }
}
