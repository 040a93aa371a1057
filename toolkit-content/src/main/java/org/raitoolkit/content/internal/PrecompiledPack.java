package org.raitoolkit.content.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import org.raitoolkit.model.ContentPack;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The default content pack as checked when the library was built, stored as JSON of the model
 * records: it loads without the YAML parser, the shape check or bean validation. Used only when
 * the YAML files on the class path are the ones it was made from (their SHA-256 matches), so an
 * edited pack file is never shadowed by a stale build.
 */
public final class PrecompiledPack {

    /** The pack as JSON, written by {@link PackPrecompiler}. */
    public static final String JSON = "org/raitoolkit/content/precompiled/default-pack.json";
    /** The SHA-256 of the YAML files it was made from, in hex. */
    public static final String HASH = "org/raitoolkit/content/precompiled/default-pack.sha256";

    private static final Logger LOG = LoggerFactory.getLogger(PrecompiledPack.class);

    /**
     * Plain data binding, no tree, no positions: the records were checked before they were
     * written. Dates as ISO text so that the file reads as what it holds.
     */
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .build();

    private PrecompiledPack() {
    }

    /**
     * The pack precompiled from the YAML files under {@code packFolder}, or empty if {@code loader}
     * has none, or has one made from other YAML files, or cannot read it.
     */
    public static Optional<ContentPack> load(ClassLoader loader, String packFolder) {
        try (InputStream hash = loader.getResourceAsStream(HASH); InputStream json = loader.getResourceAsStream(JSON)) {
            if (hash == null || json == null) {
                LOG.debug("no precompiled default content pack; reading the YAML files");
                return Optional.empty();
            }
            String expected = hash(loader, packFolder);
            if (!expected.equals(new String(hash.readAllBytes(), StandardCharsets.UTF_8).strip())) {
                LOG.info("the precompiled default content pack is out of date; reading the YAML files");
                return Optional.empty();
            }
            return Optional.of(read(json.readAllBytes()));
        } catch (IOException | RuntimeException e) {
            // A damaged file costs the fast path only: the YAML files are still there to read.
            LOG.warn("cannot read the precompiled default content pack; reading the YAML files", e);
            return Optional.empty();
        }
    }

    /** {@code pack} in the form {@link #read} reads. */
    static byte[] write(ContentPack pack) throws IOException {
        return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsBytes(pack);
    }

    /** A pack written by {@link #write}. */
    static ContentPack read(byte[] json) throws IOException {
        return MAPPER.readValue(json, ContentPack.class);
    }

    /**
     * The SHA-256 of the pack files under {@code packFolder}, each with its name and length, so
     * that moving bytes from one file to the next changes it too.
     *
     * @throws IOException if a file is missing or cannot be read
     */
    static String hash(ClassLoader loader, String packFolder) throws IOException {
        MessageDigest sha256 = sha256();
        for (String base : PackChecks.Files.ALL) {
            String name = packFolder + "/" + base + ".yaml";
            try (InputStream in = loader.getResourceAsStream(name)) {
                if (in == null && PackChecks.Files.isOptional(base)) {
                    continue;
                }
                if (in == null) {
                    throw new IOException("missing resource " + name);
                }
                byte[] bytes = in.readAllBytes();
                sha256.update((name + "\0" + bytes.length + "\0").getBytes(StandardCharsets.UTF_8));
                sha256.update(bytes);
            }
        }
        return HexFormat.of().formatHex(sha256.digest());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
