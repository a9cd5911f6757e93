package org.icpworkbench.logic.interview;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import javax.crypto.Cipher;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.SecretKeySpec;
import org.icpworkbench.model.interview.AnswerDraft;

/**
 * Answers that could not be saved when the workspace closed (the file could not be written), kept beside the workspace
 * as {@code unsaved-answers-<UTC time>.json} until the next opening puts them in (ADR 0018). For a workspace protected
 * with a password the file is encrypted with it (AES-GCM, key from PBKDF2), so no answer reaches the disk in clear.
 */
public final class UnsavedAnswersFile {

    static final String PREFIX = "unsaved-answers-";
    static final String SUFFIX = ".json";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS").withZone(ZoneOffset.UTC);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final long MAX_BYTES = 256L * 1024 * 1024;
    private static final int ITERATIONS = 210_000;

    private UnsavedAnswersFile() {
    }

    /** Writes the answers to a new file in {@code folder} (forced to disk, moved into place whole); returns it. */
    public static Path write(Path folder, Map<AnswerKey, AnswerDraft> answers, Instant at, Optional<char[]> password)
            throws IOException {
        ObjectNode root = JSON.createObjectNode();
        root.put("format", 1);
        root.put("keptAt", at.toString());
        ArrayNode list = root.putArray("answers");
        answers.forEach((key, draft) -> {
            ObjectNode answer = list.addObject();
            answer.put("interviewId", key.interviewId());
            answer.put("questionId", key.questionId());
            answer.put("text", draft.text());
            answer.put("structuredValue", draft.structuredValue());
            answer.put("flagged", draft.flagged());
            answer.put("notAsked", draft.notAsked());
            answer.put("note", draft.note());
        });
        byte[] bytes = JSON.writeValueAsBytes(root);
        if (password.isPresent()) {
            bytes = encrypt(bytes, password.get());
        }
        Path target = folder.resolve(PREFIX + STAMP.format(at) + SUFFIX);
        for (int step = 1; Files.exists(target); step++) {
            target = folder.resolve(PREFIX + STAMP.format(at.plusMillis(step)) + SUFFIX);
        }
        Path partial = target.resolveSibling(target.getFileName() + ".part");
        try (FileChannel channel = FileChannel.open(partial, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            ByteBuffer buffer = ByteBuffer.wrap(bytes);
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
            channel.force(true);
        } catch (IOException e) {
            Files.deleteIfExists(partial);
            throw e;
        }
        Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
        return target;
    }

    /** The files kept in {@code folder}, oldest first. */
    public static List<Path> find(Path folder) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(file -> {
                String name = file.getFileName().toString();
                return name.startsWith(PREFIX) && name.endsWith(SUFFIX) && Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS);
            }).sorted().toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    /** The answers in a kept file, in the order they were written. */
    public static Map<AnswerKey, AnswerDraft> read(Path file, Optional<char[]> password) throws IOException {
        if (Files.size(file) > MAX_BYTES) {
            throw new IOException("Larger than " + MAX_BYTES + " bytes: " + file);
        }
        byte[] bytes = Files.readAllBytes(file);
        if (password.isPresent()) {
            bytes = decrypt(bytes, password.get());
        }
        JsonNode root = JSON.readTree(bytes);
        if (root == null || root.path("format").asInt() != 1 || !root.path("answers").isArray()) {
            throw new IOException("Not a file of unsaved answers: " + file);
        }
        Map<AnswerKey, AnswerDraft> answers = new LinkedHashMap<>();
        for (JsonNode answer : root.path("answers")) {
            answers.put(new AnswerKey(answer.path("interviewId").asLong(), answer.path("questionId").asLong()),
                    new AnswerDraft(answer.path("text").asText(), answer.path("structuredValue").asText("{}"),
                            answer.path("flagged").asBoolean(), answer.path("notAsked").asBoolean(),
                            answer.path("note").asText()));
        }
        return answers;
    }

    private static byte[] encrypt(byte[] plain, char[] password) throws IOException {
        try {
            SecureRandom random = new SecureRandom();
            byte[] salt = new byte[16];
            byte[] nonce = new byte[12];
            random.nextBytes(salt);
            random.nextBytes(nonce);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key(password, salt), new GCMParameterSpec(128, nonce));
            byte[] sealed = cipher.doFinal(plain);
            ByteBuffer out = ByteBuffer.allocate(4 + salt.length + nonce.length + sealed.length);
            out.put("ICPE".getBytes(StandardCharsets.US_ASCII)).put(salt).put(nonce).put(sealed);
            return out.array();
        } catch (GeneralSecurityException e) {
            throw new IOException("Could not encrypt the unsaved answers", e);
        }
    }

    private static byte[] decrypt(byte[] bytes, char[] password) throws IOException {
        if (bytes.length < 4 + 16 + 12 + 16 || !new String(bytes, 0, 4, StandardCharsets.US_ASCII).equals("ICPE")) {
            throw new IOException("Not an encrypted file of unsaved answers");
        }
        try {
            byte[] salt = java.util.Arrays.copyOfRange(bytes, 4, 20);
            byte[] nonce = java.util.Arrays.copyOfRange(bytes, 20, 32);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key(password, salt), new GCMParameterSpec(128, nonce));
            return cipher.doFinal(bytes, 32, bytes.length - 32);
        } catch (GeneralSecurityException e) {
            throw new IOException("The unsaved answers do not open with this workspace's password", e);
        }
    }

    private static SecretKeySpec key(char[] password, byte[] salt) throws GeneralSecurityException {
        PBEKeySpec spec = new PBEKeySpec(password, salt, ITERATIONS, 256);
        try {
            return new SecretKeySpec(SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded(), "AES");
        } finally {
            spec.clearPassword();
        }
    }
}
