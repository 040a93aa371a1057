package org.raitoolkit.examples.cli.internal;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.InvalidKeyException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.SignatureException;
import java.security.spec.InvalidKeySpecException;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.raitoolkit.model.InvalidInputException;

/**
 * Ed25519 keys in PEM and detached signatures as one line of base64, with the JDK's own provider:
 * signing needs no library the toolkit does not already ship.
 */
final class Ed25519 {

    /** What a signature file is, for messages. */
    static final String SIGNATURE = "the detached signature (one line of base64, as 'toolkit sign' writes)";

    private static final String ALGORITHM = "Ed25519";
    private static final int SIGNATURE_BYTES = 64;
    private static final long MAX_KEY_BYTES = 64 * 1024;
    private static final long MAX_SIGNATURE_BYTES = 4 * 1024;
    private static final String MAKE_PRIVATE = "openssl genpkey -algorithm ed25519 -out key.pem";
    private static final String MAKE_PUBLIC = "openssl pkey -in key.pem -pubout -out key.pub.pem";
    private static final Pattern PEM = Pattern.compile("-----BEGIN ([A-Z0-9 ]+)-----(.*?)-----END \\1-----", Pattern.DOTALL);

    private Ed25519() {
    }

    /** The detached signature of {@code report} by default: the report's name with {@code .sig} added. */
    static Path signatureOf(Path report) {
        return report.resolveSibling(report.getFileName() + ".sig");
    }

    /**
     * The private key in {@code file}: PEM, PKCS#8, unencrypted, as {@value #MAKE_PRIVATE} writes.
     *
     * @throws InvalidInputException saying what the file holds instead and how to make the right one
     */
    static PrivateKey privateKey(Path file) {
        return key(file, "PRIVATE", MAKE_PRIVATE, (factory, der) -> factory.generatePrivate(new PKCS8EncodedKeySpec(der)));
    }

    /**
     * The public key in {@code file}: PEM, X.509 SubjectPublicKeyInfo, as {@value #MAKE_PUBLIC} writes.
     *
     * @throws InvalidInputException saying what the file holds instead and how to make the right one
     */
    static PublicKey publicKey(Path file) {
        return key(file, "PUBLIC", MAKE_PUBLIC, (factory, der) -> factory.generatePublic(new X509EncodedKeySpec(der)));
    }

    /** How one kind of key is made from its DER bytes. */
    private interface KeyMaker<K> {
        K make(KeyFactory factory, byte[] der) throws GeneralSecurityException;
    }

    /** The {@code kind} ("PRIVATE" or "PUBLIC") Ed25519 key in the PEM file {@code file}. */
    private static <K> K key(Path file, String kind, String command, KeyMaker<K> maker) {
        String lower = kind.toLowerCase(java.util.Locale.ROOT);
        String what = "an Ed25519 " + lower + " key in PEM ('-----BEGIN " + kind + " KEY-----', as '" + command + "' writes)";
        byte[] der = pem(file, kind + " KEY", what);
        try {
            return maker.make(KeyFactory.getInstance(ALGORITHM), der);
        } catch (InvalidKeySpecException | IllegalArgumentException e) {
            throw InputFiles.invalid(file, "expected " + what, "it holds a " + lower + " key of another kind, or a damaged one");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK has no " + ALGORITHM, e);
        }
    }

    /** The signature of {@code data} by {@code key}. */
    static byte[] sign(PrivateKey key, byte[] data) {
        try {
            Signature signature = Signature.getInstance(ALGORITHM);
            signature.initSign(key);
            signature.update(data);
            return signature.sign();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("could not sign with " + ALGORITHM, e);
        }
    }

    /** Whether {@code signature} is {@code key}'s signature of {@code data}. */
    static boolean holds(PublicKey key, byte[] data, byte[] signature) {
        try {
            Signature verifier = Signature.getInstance(ALGORITHM);
            verifier.initVerify(key);
            verifier.update(data);
            return verifier.verify(signature);
        } catch (SignatureException e) {
            // A signature that does not even decode is one that does not hold.
            return false;
        } catch (InvalidKeyException e) {
            throw new IllegalStateException("an Ed25519 public key was refused", e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK has no " + ALGORITHM, e);
        }
    }

    /** A signature file's text: one line of base64 and a line end. */
    static String text(byte[] signature) {
        return Base64.getEncoder().encodeToString(signature) + "\n";
    }

    /**
     * The signature in {@code file}, as {@link #text} writes it.
     *
     * @throws InvalidInputException if the file is missing, or is not one line of base64 holding 64 bytes
     */
    static byte[] signature(Path file) {
        String text = new String(InputFiles.read(file, MAX_SIGNATURE_BYTES, SIGNATURE), StandardCharsets.US_ASCII).strip();
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(text);
        } catch (IllegalArgumentException e) {
            throw InputFiles.invalid(file, "expected " + SIGNATURE, "it is not base64");
        }
        if (bytes.length != SIGNATURE_BYTES) {
            throw InputFiles.invalid(file, "expected " + SIGNATURE, "it holds " + bytes.length + " bytes; an Ed25519 signature is "
                    + SIGNATURE_BYTES);
        }
        return bytes;
    }

    /** The DER bytes of the PEM block labelled {@code label} in {@code file}, or a message naming what is there instead. */
    private static byte[] pem(Path file, String label, String what) {
        String text = new String(InputFiles.read(file, MAX_KEY_BYTES, "expected " + what), StandardCharsets.US_ASCII);
        Matcher m = PEM.matcher(text);
        if (!m.find()) {
            throw InputFiles.invalid(file, "expected " + what, "it holds no PEM block");
        }
        String found = m.group(1);
        if (!found.equals(label)) {
            throw InputFiles.invalid(file, "expected " + what, "it holds " + instead(found));
        }
        try {
            return Base64.getMimeDecoder().decode(m.group(2));
        } catch (IllegalArgumentException e) {
            throw InputFiles.invalid(file, "expected " + what, "its PEM block is not valid base64");
        }
    }

    /** What a PEM block with another label is, and what to do with it. */
    private static String instead(String label) {
        return switch (label) {
            case "PUBLIC KEY" -> "a public key; signing needs the private key";
            case "PRIVATE KEY" -> "a private key; checking needs the public key: " + MAKE_PUBLIC;
            case "ENCRYPTED PRIVATE KEY" -> "an encrypted private key; write it without a pass phrase "
                    + "(openssl pkey -in key.pem -out plain.pem) and keep that file safe";
            case "OPENSSH PRIVATE KEY" -> "an OpenSSH key; make a PEM key with: " + MAKE_PRIVATE;
            default -> "a PEM block labelled '" + label + "'";
        };
    }
}
