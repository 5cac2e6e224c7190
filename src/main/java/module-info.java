/**
 * gopatterns: animates Go's runner and pool concurrency patterns, as a JavaFX desktop app and a CLI.
 *
 * <p>The core ({@code gopatterns.clock}, {@code gopatterns.event}, {@code gopatterns.runner},
 * {@code gopatterns.pool}) is plain Java and must not depend on JavaFX;
 * {@code gopatterns.architecture.CoreIndependenceTest} enforces that.
 */
module gopatterns {
    requires javafx.controls;
    requires javafx.swing;
    requires java.desktop;
    requires java.prefs;
    requires jdk.unsupported;

    requires org.controlsfx.controls;
    requires atlantafx.base;
    requires org.kordamp.ikonli.javafx;
    requires org.kordamp.ikonli.materialdesign2;
    requires info.picocli;
    requires com.fasterxml.jackson.core;
    // JCodec's H.264 encoder for recordings; the build gives its jar a module descriptor (pom: moditect)
    requires jcodec;

    exports gopatterns.clock;
    exports gopatterns.event;
    exports gopatterns.runner;
    exports gopatterns.pool;

    opens gopatterns.cli to info.picocli;

    exports gopatterns.ui to javafx.graphics;
    exports gopatterns.ui.common to javafx.graphics;
    exports gopatterns.ui.runner to javafx.graphics;
    exports gopatterns.ui.pool to javafx.graphics;
    exports gopatterns.ui.lanes to javafx.graphics;
    exports gopatterns.ui.shell to javafx.graphics;
    exports gopatterns.ui.compare to javafx.graphics;
}
