package org.tellus.base.database;

import java.io.IOException;
import java.nio.file.Path;

/** Another app's JVM for {@link EmbeddedMariaDbTest}: starts the embedded server on a folder and waits to be killed. */
public final class EmbeddedMariaDbProcess {

    private EmbeddedMariaDbProcess() {
    }

    public static void main(String[] args) throws IOException {
        EmbeddedMariaDb.start(Path.of(args[0]), "tellus");
        System.out.println(EmbeddedMariaDbTest.READY);
        System.out.flush();
        System.in.read(); // until killed, like an app that crashes
    }
}
