package org.icpworkbench.logic.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.icpworkbench.model.interview.AnswerDraft;
import org.icpworkbench.logic.interview.AnswerKey;
import org.icpworkbench.model.common.Language;
import org.icpworkbench.model.questionnaire.Audience;
import org.icpworkbench.model.interview.InterviewStart;
import org.icpworkbench.model.project.ProjectDetails;
import org.icpworkbench.model.respondent.NewRespondent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkspaceEncryptionTest {

    /** A word no sample or questionnaire holds, so finding it anywhere means the answer leaked. */
    private static final String SECRET = "Quembrofilax";

    @TempDir
    Path temp;

    private static WorkspacePassword password(String typed) {
        return WorkspacePassword.of(typed.toCharArray());
    }

    private static AnswerKey answerSecret(WorkspaceServices services) {
        long projectId = services.projects().create(ProjectDetails.named("Secret client")).join().id();
        long interviewId = services.interviews().start(new InterviewStart(projectId, Optional.empty(),
                Optional.of(new NewRespondent("Anna", "CFO", "Acme", "", false, Optional.empty())),
                Audience.SALES, false, LocalDate.of(2026, 11, 23), "")).join();
        long questionId = services.interviews().sheet(interviewId).join().questions().getFirst().id();
        AnswerKey key = new AnswerKey(interviewId, questionId);
        services.autosaver().update(key, AnswerDraft.text("We chose them because of " + SECRET + " pricing."));
        services.autosaver().flush(key).join();
        return key;
    }

    private static String answerText(WorkspaceServices services, AnswerKey key) {
        var sheet = services.interviews().sheet(key.interviewId()).join();
        return sheet.answerTo(sheet.questions().getFirst()).orElseThrow().text();
    }

    private static boolean contains(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    private static List<Path> filesUnder(Path folder) throws Exception {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).toList();
        }
    }

    /** Every file under the folder, and every entry of every zip in it, read as raw bytes. */
    private static void assertSecretNowhere(Path folder) throws Exception {
        List<Path> files = filesUnder(folder);
        assertThat(files).isNotEmpty();
        for (Path file : files) {
            List<byte[]> contents = new ArrayList<>();
            contents.add(Files.readAllBytes(file));
            if (file.toString().endsWith(".zip")) {
                try (var zip = new java.util.zip.ZipInputStream(Files.newInputStream(file))) {
                    for (var entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                        byte[] entryBytes = zip.readAllBytes();
                        contents.add(entryBytes);
                        assertThat(new String(entryBytes, 0, Math.min(4, entryBytes.length), StandardCharsets.ISO_8859_1))
                                .as("the plain H2 header in " + file + "!" + entry.getName()).isNotEqualTo("H:2,");
                    }
                }
            }
            for (byte[] bytes : contents) {
                assertThat(contains(bytes, SECRET.getBytes(StandardCharsets.UTF_8))).as("UTF-8 in " + file).isFalse();
                assertThat(contains(bytes, SECRET.getBytes(StandardCharsets.UTF_16BE))).as("UTF-16BE in " + file).isFalse();
                assertThat(contains(bytes, SECRET.getBytes(StandardCharsets.UTF_16LE))).as("UTF-16LE in " + file).isFalse();
            }
        }
    }

    @Test
    void anEncryptedWorkspaceKeepsAnswerTextOutOfEveryFileItWrites() throws Exception {
        Path folder = temp.resolve("ws");
        try (WorkspaceServices services = WorkspaceServices.open(folder, password("correct horse"), Clock.systemUTC())) {
            services.startSearch().join();
            AnswerKey key = answerSecret(services);
            services.search().answerSaved(key.interviewId(), key.questionId()).join();
            assertThat(services.search().search(SECRET, java.util.OptionalLong.empty(), 10).join()).hasSize(1);
            services.backups().create(services.workspace().database(), "manual").join();
        }
        Path file = WorkspaceFiles.databaseFile(folder);
        assertThat(WorkspaceEncryption.isEncrypted(file)).isTrue();
        assertThat(new String(Arrays.copyOf(Files.readAllBytes(file), 4), StandardCharsets.ISO_8859_1)).isNotEqualTo("H:2,");
        assertThat(folder.resolve("search-index")).doesNotExist();
        assertThat(Files.list(folder.resolve("backups")).count()).isGreaterThanOrEqualTo(2);
        assertSecretNowhere(folder);

        try (WorkspaceServices services = WorkspaceServices.open(folder, password("correct horse"), Clock.systemUTC())) {
            assertThat(services.startSearch().join()).as("rebuilt in memory").isTrue();
            assertThat(services.search().search(SECRET, java.util.OptionalLong.empty(), 10).join()).hasSize(1);
        }
        assertSecretNowhere(folder);
    }

    @Test
    void aPlainWorkspaceDoesHoldTheWordsSoTheByteSearchCanFindThem() throws Exception {
        Path folder = temp.resolve("plain");
        try (WorkspaceServices services = WorkspaceServices.open(folder, Clock.systemUTC())) {
            services.startSearch().join();
            AnswerKey key = answerSecret(services);
            services.search().answerSaved(key.interviewId(), key.questionId()).join();
        }
        assertThat(filesUnder(folder)).anyMatch(file -> {
            try {
                return contains(Files.readAllBytes(file), SECRET.getBytes(StandardCharsets.UTF_8));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }

    @Test
    void missingWrongAndUnneededPasswordsEachHaveTheirOwnProblem() {
        Path folder = temp.resolve("ws");
        new WorkspaceOpener().open(folder, password("pass word with spaces")).close();

        assertThatThrownBy(() -> new WorkspaceOpener().open(folder))
                .isInstanceOfSatisfying(WorkspaceException.class,
                        e -> assertThat(e.problem()).isEqualTo(WorkspaceProblem.PASSWORD_MISSING));
        for (String wrong : List.of("pass", "pass word with spaceS", "pass word with spaces ", "Пароль")) {
            assertThatThrownBy(() -> new WorkspaceOpener().open(folder, password(wrong))).as(wrong)
                    .isInstanceOfSatisfying(WorkspaceException.class,
                            e -> assertThat(e.problem()).isEqualTo(WorkspaceProblem.WRONG_PASSWORD));
        }
        new WorkspaceOpener().open(folder, password("pass word with spaces")).close();

        Path plain = temp.resolve("plain");
        new WorkspaceOpener().open(plain).close();
        assertThatThrownBy(() -> new WorkspaceOpener().open(plain, password("anything")))
                .isInstanceOfSatisfying(WorkspaceException.class,
                        e -> assertThat(e.problem()).isEqualTo(WorkspaceProblem.NOT_ENCRYPTED));
        assertThat(WorkspaceEncryption.isEncrypted(WorkspaceFiles.databaseFile(plain))).isFalse();
    }

    @Test
    void theCheckReadsAnEncryptedWorkspaceWithItsPasswordOnly() {
        Path folder = temp.resolve("ws");
        try (WorkspaceServices services = WorkspaceServices.open(folder, password("correct horse"), Clock.systemUTC())) {
            services.samples().createSample(Language.EN).join();
        }
        var health = WorkspaceCheck.check(folder, WorkspaceFiles.SCHEMA_VERSION, password("correct horse"));
        assertThat(health.projects()).isEqualTo(1);
        assertThatThrownBy(() -> WorkspaceCheck.check(folder, WorkspaceFiles.SCHEMA_VERSION))
                .isInstanceOfSatisfying(WorkspaceException.class,
                        e -> assertThat(e.problem()).isEqualTo(WorkspaceProblem.PASSWORD_MISSING));
        assertThatThrownBy(() -> WorkspaceCheck.check(folder, WorkspaceFiles.SCHEMA_VERSION, password("wrong horse")))
                .isInstanceOfSatisfying(WorkspaceException.class,
                        e -> assertThat(e.problem()).isEqualTo(WorkspaceProblem.WRONG_PASSWORD));
    }

    @Test
    void protectingChangingAndRemovingThePasswordKeepTheDataAndReencryptTheBackups() throws Exception {
        Path folder = temp.resolve("ws");
        AnswerKey key;
        try (WorkspaceServices services = WorkspaceServices.open(folder, Clock.systemUTC())) {
            services.startSearch().join();
            key = answerSecret(services);
            services.search().answerSaved(key.interviewId(), key.questionId()).join();
            services.backups().create(services.workspace().database(), "manual").join();
        }
        assertThat(folder.resolve("search-index")).isDirectory();

        var protectedOutcome = WorkspacePasswordChange.change(folder, WorkspacePassword.none(), password("first secret"),
                Clock.systemUTC());
        assertThat(protectedOutcome.backupsWithOldPassword()).isEmpty();
        assertThat(protectedOutcome.backupsRekeyed()).isGreaterThanOrEqualTo(1);
        try (WorkspaceServices services = WorkspaceServices.open(folder, password("first secret"), Clock.systemUTC())) {
            assertThat(answerText(services, key)).contains(SECRET);
        }
        assertThat(filesUnder(folder)).noneMatch(file -> file.getFileName().toString().startsWith(".rekey"));
        assertSecretNowhere(folder);

        assertThatThrownBy(() -> WorkspacePasswordChange.change(folder, password("not it"), password("x2345678"),
                Clock.systemUTC())).isInstanceOfSatisfying(WorkspaceException.class,
                        e -> assertThat(e.problem()).isEqualTo(WorkspaceProblem.WRONG_PASSWORD));
        WorkspacePasswordChange.change(folder, password("first secret"), password("second secret"), Clock.systemUTC());
        assertThatThrownBy(() -> new WorkspaceOpener().open(folder, password("first secret")))
                .isInstanceOfSatisfying(WorkspaceException.class,
                        e -> assertThat(e.problem()).isEqualTo(WorkspaceProblem.WRONG_PASSWORD));
        List<WorkspaceBackups.Backup> backups = new WorkspaceBackups(folder, 10, Clock.systemUTC()).list();
        WorkspaceBackups.restore(folder, backups.getFirst().file(), password("second secret"), Clock.systemUTC());

        WorkspacePasswordChange.change(folder, password("second secret"), WorkspacePassword.none(), Clock.systemUTC());
        try (WorkspaceServices services = WorkspaceServices.open(folder, Clock.systemUTC())) {
            assertThat(answerText(services, key)).contains(SECRET);
        }
        // The backups followed the password away, so the newest restores into the now plain workspace without one.
        WorkspaceBackups.restore(folder, backups.getFirst().file(), Clock.systemUTC());
        assertThat(WorkspaceEncryption.isEncrypted(WorkspaceFiles.databaseFile(folder))).isFalse();
    }

    @Test
    void aFailedChangeLeavesTheOriginalByteForByte() throws Exception {
        Path folder = temp.resolve("ws");
        try (WorkspaceServices services = WorkspaceServices.open(folder, password("first secret"), Clock.systemUTC())) {
            answerSecret(services);
        }
        Path file = WorkspaceFiles.databaseFile(folder);
        byte[] before = Files.readAllBytes(file);
        assertThatThrownBy(() -> WorkspacePasswordChange.change(folder, WorkspacePassword.none(), password("x2345678"),
                Clock.systemUTC())).isInstanceOf(WorkspaceException.class);
        assertThatThrownBy(() -> WorkspacePasswordChange.change(folder, password("wrong one"), password("x2345678"),
                Clock.systemUTC())).isInstanceOf(WorkspaceException.class);
        try (WorkspaceServices open = WorkspaceServices.open(folder, password("first secret"), Clock.systemUTC())) {
            assertThatThrownBy(() -> WorkspacePasswordChange.change(folder, password("first secret"), password("x2345678"),
                    Clock.systemUTC())).isInstanceOf(org.icpworkbench.logic.common.UserFacingException.class);
        }
        assertThat(filesUnder(folder)).noneMatch(path -> path.getFileName().toString().startsWith(".rekey"));
        new WorkspaceOpener().open(folder, password("first secret")).close();
    }

    @Test
    void aBackupRestoresOnlyWithThePasswordItWasTakenWith() throws Exception {
        Path plainFolder = temp.resolve("plain");
        Path plainBackup;
        try (WorkspaceServices services = WorkspaceServices.open(plainFolder, Clock.systemUTC())) {
            answerSecret(services);
            plainBackup = services.backups().create(services.workspace().database(), "manual").join();
        }
        Path folder = temp.resolve("ws");
        Path encryptedBackup;
        try (WorkspaceServices services = WorkspaceServices.open(folder, password("first secret"), Clock.systemUTC())) {
            encryptedBackup = services.backups().create(services.workspace().database(), "manual").join();
        }

        assertThatThrownBy(() -> WorkspaceBackups.restore(plainFolder, encryptedBackup, Clock.systemUTC()))
                .isInstanceOfSatisfying(WorkspaceException.class,
                        e -> assertThat(e.problem()).isEqualTo(WorkspaceProblem.ENCRYPTED));
        assertThatThrownBy(() -> WorkspaceBackups.restore(folder, encryptedBackup, password("other secret"), Clock.systemUTC()))
                .isInstanceOfSatisfying(WorkspaceException.class,
                        e -> assertThat(e.problem()).isEqualTo(WorkspaceProblem.ENCRYPTED));
        assertThatThrownBy(() -> WorkspaceBackups.restore(folder, plainBackup, Clock.systemUTC()))
                .isInstanceOfSatisfying(WorkspaceException.class,
                        e -> assertThat(e.problem()).isEqualTo(WorkspaceProblem.PASSWORD_MISSING));

        // A plain backup restored into a protected workspace is encrypted on the way: the workspace stays protected.
        WorkspaceBackups.restore(folder, plainBackup, password("first secret"), Clock.systemUTC());
        assertThat(WorkspaceEncryption.isEncrypted(WorkspaceFiles.databaseFile(folder))).isTrue();
        try (WorkspaceServices services = WorkspaceServices.open(folder, password("first secret"), Clock.systemUTC())) {
            assertThat(services.projects().summaries(true).join()).extracting(p -> p.name()).contains("Secret client");
        }
    }
}
