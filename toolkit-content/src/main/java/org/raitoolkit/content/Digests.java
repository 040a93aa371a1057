package org.raitoolkit.content;

import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * SHA-256 digests of model objects in a canonical form: JSON with properties and map keys in
 * sorted order and dates as ISO text. The same answers give the same digest whether they were
 * read from YAML or JSON, in whatever key order, so a record can name the answers it came from.
 */
public final class Digests {

    /** Shared: thread-safe once configured, and holds nothing derived from input. */
    private static final ObjectMapper CANONICAL = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .build();

    private Digests() {
    }

    /** SHA-256 (hex) of {@code model}'s canonical JSON. */
    public static String sha256(Object model) {
        MessageDigest digest = sha256();
        try (OutputStream out = new DigestOutputStream(OutputStream.nullOutputStream(), digest)) {
            CANONICAL.writeValue(out, model);
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the canonical form of " + model.getClass().getSimpleName(), e);
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /** SHA-256 (hex) of {@code bytes}. */
    public static String sha256(byte[] bytes) {
        return HexFormat.of().formatHex(sha256().digest(bytes));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }
}
