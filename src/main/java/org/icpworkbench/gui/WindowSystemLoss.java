package org.icpworkbench.gui;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SymbolLookup;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.function.BooleanSupplier;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Linux (GTK on X11): ends the application through {@link System#exit}, so that the shutdown hook closes the workspace
 * as on a normal close (typed text saved, closing backup, the seal's digest), when the window system goes away
 * under it. Two cases, both measured under Xvfb (docs/reliability.md):
 * <ul>
 * <li>The X connection dies (the server ends, {@code xkill}/{@code xdotool windowkill}). GTK's own handler calls the C
 * library's {@code exit(1)}, which runs no Java shutdown hook. This installs an Xlib I/O error handler (through the
 * foreign function API) that closes the workspace itself and then ends the process with {@code _exit(1)}; it never
 * returns to Xlib. Not {@code System.exit}: the JVM ends through the C library's {@code exit}, whose libGLX destructor
 * waits for the X display lock that the thread in this handler holds — measured: the JVM hung after the closing
 * backup was written.</li>
 * <li>The window is destroyed by another client ({@code XDestroyWindow}: {@code xdotool windowclose}, a window
 * manager's "destroy"). GTK only warns "GdkWindow … unexpectedly destroyed"; JavaFX still thinks the stage is showing,
 * so the JVM stayed alive holding the workspace's lock. A daemon thread with its own X connection watches the
 * window's {@code DestroyNotify}; if the stage is still showing then, the application exits with 0.</li>
 * </ul>
 * On any other platform, on the headless test platform, or when libX11 cannot be reached, nothing is installed.
 */
final class WindowSystemLoss {

    private static final Logger LOG = LoggerFactory.getLogger(WindowSystemLoss.class);
    private static final long STRUCTURE_NOTIFY_MASK = 1L << 17;
    private static final int DESTROY_NOTIFY = 17;
    /** sizeof(XEvent) on LP64: a union padded to 24 longs. */
    private static final long X_EVENT_SIZE = 24 * 8;
    /** XDestroyWindowEvent.window on LP64: type, serial, send_event, display, event, window. */
    private static final long DESTROYED_WINDOW_OFFSET = 40;

    private static volatile String farewell = "";
    private static volatile boolean lost;
    private static volatile Runnable closeWorkspace = () -> { };
    private static volatile MethodHandle underscoreExit;
    private static final java.util.concurrent.atomic.AtomicBoolean ending = new java.util.concurrent.atomic.AtomicBoolean();
    /** How long the handler lets the workspace close before ending the process anyway. */
    private static final long CLOSE_LIMIT_SECONDS = 60;

    private WindowSystemLoss() {
    }

    /** True once the window system went away: the window must not claim to have come forward. */
    static boolean lost() {
        return lost;
    }

    /**
     * Watches {@code stage} (already shown). {@code closing} tells a window JavaFX closed itself from one destroyed
     * behind its back; {@code farewellLine} is printed on stderr before the application ends; {@code close} closes the
     * workspace (what the shutdown hook does), run by the X I/O error handler itself.
     */
    static void watch(Stage stage, BooleanSupplier closing, String farewellLine, Runnable close) {
        farewell = farewellLine;
        closeWorkspace = close;
        long window = nativeWindow(stage);
        if (window == 0 || !System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT).contains("linux")) {
            return;
        }
        try {
            Linker linker = Linker.nativeLinker();
            SymbolLookup x11 = SymbolLookup.libraryLookup("libX11.so.6", Arena.global());
            underscoreExit = linker.downcallHandle(linker.defaultLookup().findOrThrow("_exit"),
                    FunctionDescriptor.ofVoid(JAVA_INT));
            MethodHandle setIoErrorHandler = linker.downcallHandle(x11.findOrThrow("XSetIOErrorHandler"),
                    FunctionDescriptor.of(ADDRESS, ADDRESS));
            MethodHandle handler = MethodHandles.lookup().findStatic(WindowSystemLoss.class, "connectionLost",
                    MethodType.methodType(int.class, MemorySegment.class));
            MemorySegment stub = linker.upcallStub(handler, FunctionDescriptor.of(JAVA_INT, ADDRESS), Arena.global());
            MemorySegment previous = (MemorySegment) setIoErrorHandler.invokeExact(stub);
            LOG.debug("X I/O error handler installed (GTK's was {})", previous);

            MethodHandle openDisplay = linker.downcallHandle(x11.findOrThrow("XOpenDisplay"),
                    FunctionDescriptor.of(ADDRESS, ADDRESS));
            MethodHandle selectInput = linker.downcallHandle(x11.findOrThrow("XSelectInput"),
                    FunctionDescriptor.of(JAVA_INT, ADDRESS, JAVA_LONG, JAVA_LONG));
            MethodHandle nextEvent = linker.downcallHandle(x11.findOrThrow("XNextEvent"),
                    FunctionDescriptor.of(JAVA_INT, ADDRESS, ADDRESS));
            Thread watcher = new Thread(() -> watchDestroy(window, stage, closing, openDisplay, selectInput, nextEvent),
                    "window-system-watch");
            watcher.setDaemon(true);
            watcher.start();
        } catch (Throwable e) {
            LOG.info("The window system's loss will not be noticed; the workspace still relies on its saved answers", e);
        }
    }

    private static void watchDestroy(long window, Stage stage, BooleanSupplier closing, MethodHandle openDisplay,
            MethodHandle selectInput, MethodHandle nextEvent) {
        try {
            MemorySegment display = (MemorySegment) openDisplay.invokeExact(MemorySegment.NULL);
            if (display.equals(MemorySegment.NULL)) {
                LOG.info("No second X connection; a destroyed window will not be noticed");
                return;
            }
            int ignored = (int) selectInput.invokeExact(display, window, STRUCTURE_NOTIFY_MASK);
            MemorySegment event = Arena.global().allocate(X_EVENT_SIZE, 8);
            while (true) {
                // Flushes the selection first; blocks until an event (an X I/O error ends the application here too).
                ignored = (int) nextEvent.invokeExact(display, event);
                if (event.get(JAVA_INT, 0) == DESTROY_NOTIFY && event.get(JAVA_LONG, DESTROYED_WINDOW_OFFSET) == window) {
                    break;
                }
            }
            Platform.runLater(() -> {
                if (stage.isShowing() && !closing.getAsBoolean()) {
                    end("The window was destroyed by another program while the application ran", 0);
                }
            });
        } catch (IllegalStateException toolkitGone) {
            LOG.debug("The toolkit had already ended", toolkitGone);
        } catch (Throwable e) {
            LOG.info("Stopped watching the window", e);
        }
    }

    /**
     * Xlib's I/O error handler: closes the workspace and ends the process; never returns (Xlib would then end the
     * process without closing anything). Both X connections (GTK's and the watcher's) may call it; the second waits.
     */
    @SuppressWarnings("unused")
    private static int connectionLost(MemorySegment display) {
        lost = true;
        if (!ending.compareAndSet(false, true)) {
            while (true) {
                try {
                    Thread.sleep(Long.MAX_VALUE);
                } catch (Throwable e) {
                    // the first caller ends the process
                }
            }
        }
        try {
            LOG.warn("The connection to the X server was lost; closing the workspace and ending");
            System.err.println(farewell);
            Thread closer = new Thread(() -> closeWorkspace.run(), "window-lost-close");
            closer.start();
            closer.join(java.time.Duration.ofSeconds(CLOSE_LIMIT_SECONDS));
            LOG.info("Workspace closed after losing the X connection; ending with status 1");
            System.out.flush();
            System.err.flush();
            underscoreExit.invokeExact(1);
        } catch (Throwable e) {
            // _exit does not return; this is only reached when it could not be called
            LOG.warn("Could not end the process after losing the X connection", e);
        }
        Runtime.getRuntime().halt(1);
        return 0;
    }

    private static void end(String why, int status) {
        lost = true;
        LOG.warn("{}; closing the workspace and ending", why);
        System.err.println(farewell);
        // Not on the JavaFX thread, which goes on serving whatever the shutdown hook's closing still posts to it.
        Thread exit = new Thread(() -> System.exit(status), "window-lost-exit");
        exit.start();
    }

    /** The X window id of the stage through JavaFX's Glass (classpath: the unnamed module), 0 when not on GTK. */
    private static long nativeWindow(Stage stage) {
        try {
            Object peer = Class.forName("com.sun.javafx.stage.WindowHelper")
                    .getMethod("getPeer", javafx.stage.Window.class).invoke(null, stage);
            Class<?> windowStage = Class.forName("com.sun.javafx.tk.quantum.WindowStage");
            if (!windowStage.isInstance(peer)) {
                return 0;
            }
            Object platformWindow = windowStage.getMethod("getPlatformWindow").invoke(peer);
            if (platformWindow == null || !platformWindow.getClass().getName().startsWith("com.sun.glass.ui.gtk.")) {
                return 0;
            }
            return (long) Class.forName("com.sun.glass.ui.Window").getMethod("getNativeWindow").invoke(platformWindow);
        } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
            LOG.debug("The window's native handle is not reachable", e);
            return 0;
        }
    }
}
