package org.icpworkbench.gui.portrait;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.icpworkbench.gui.common.FakeDialogService;
import org.icpworkbench.logic.i18n.Messages;
import org.icpworkbench.logic.workspace.WorkspaceServices;
import org.icpworkbench.model.common.Language;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PortraitExportViewModelTest {

    @TempDir
    Path temp;

    private final FakeDialogService dialogs = new FakeDialogService();
    private WorkspaceServices services;
    private long projectId;

    @BeforeEach
    void open() {
        services = WorkspaceServices.open(temp.resolve("ws"), Clock.systemDefaultZone());
        projectId = services.samples().createSample(Language.EN).join().id();
    }

    @AfterEach
    void close() {
        services.close();
    }

    private PortraitExportViewModel export() {
        return new PortraitExportViewModel(Messages.of(Language.EN), dialogs, services.portraitPdf(), Runnable::run, projectId,
                "Palleta", LocalDate.of(2026, 11, 23));
    }

    @Test
    void theChosenLanguageAndOptionsGoIntoTheFile() throws Exception {
        PortraitExportViewModel export = export();
        export.languageProperty().set(Language.RU);
        Path target = temp.resolve("out").resolve("portrait.pdf");
        Files.createDirectories(target.getParent());
        dialogs.saveReplies.add(target);

        assertThat(export.export().join()).isTrue();

        assertThat(export.written()).contains(target);
        assertThat(export.progressProperty().get()).isEqualTo(1.0);
        try (PDDocument document = Loader.loadPDF(target.toFile())) {
            assertThat(new PDFTextStripper().getText(document)).contains("ПОРТРЕТ ИДЕАЛЬНОГО КЛИЕНТА", "КОНСУЛЬТАНТ").doesNotContain("CONSULTANT");
        }
    }

    @Test
    void aPasswordMustBeTypedTwiceTheSame() {
        PortraitExportViewModel export = export();
        export.protectProperty().set(true);
        assertThat(export.canExport().get()).isFalse();
        assertThat(export.statusProperty().get()).isEqualTo("Type the password the client will need to open the file.");
        export.passwordProperty().set("s3cret");
        export.passwordAgainProperty().set("s3cre");
        assertThat(export.canExport().get()).isFalse();
        assertThat(export.statusProperty().get()).isEqualTo("The two passwords differ.");
        export.passwordAgainProperty().set("s3cret");
        assertThat(export.canExport().get()).isTrue();
    }

    @Test
    void noFileChosenExportsNothing() {
        assertThat(export().export().join()).isFalse();
        assertThat(dialogs.errors).isEmpty();
    }

    @Test
    void aCancelledExportLeavesNoFileBehind() throws Exception {
        Path folder = Files.createDirectories(temp.resolve("cancelled"));
        dialogs.saveReplies.add(folder.resolve("portrait.pdf"));
        CountDownLatch held = new CountDownLatch(1);
        CompletableFuture<Void> holder = services.workspace().database().run(dsl -> {
            try {
                held.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        PortraitExportViewModel export = export();
        CompletableFuture<Boolean> running = export.export();
        assertThat(export.exportingProperty().get()).isTrue();
        export.cancel();
        held.countDown();
        holder.join();

        assertThat(running.join()).isFalse();
        assertThat(dialogs.errors).isEmpty();
        try (var files = Files.list(folder)) {
            assertThat(files).isEmpty();
        }
    }
}
