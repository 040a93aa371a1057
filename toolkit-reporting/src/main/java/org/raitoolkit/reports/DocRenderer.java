package org.raitoolkit.reports;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Objects;
import org.raitoolkit.reports.internal.AtomicFiles;
import org.raitoolkit.reports.internal.Rendering;
import org.raitoolkit.reports.spi.Doc;
import org.raitoolkit.reports.spi.DocFrame;

/**
 * Writes a {@link Doc.Document} that another module built, such as a data protection impact
 * assessment, in the same four layouts as every report: Markdown, one self-contained HTML page, a
 * tagged PDF (PDF/UA) with its font embedded, and an editable Word document. The document's own
 * structured form, its JSON, is the building module's to write. Stateless.
 */
public final class DocRenderer {

    private DocRenderer() {
    }

    /**
     * The document as the bytes of a file in {@code format}: UTF-8 text for Markdown and HTML.
     *
     * @throws IllegalArgumentException for {@link ReportFormat#JSON}, which this class does not write
     * @throws NullPointerException if an argument is null
     */
    public static byte[] renderBytes(Doc.Document document, ReportFormat format, DocFrame frame) {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(frame, "frame");
        return switch (format) {
            case MARKDOWN -> Rendering.markdown(document, frame).getBytes(StandardCharsets.UTF_8);
            case HTML -> Rendering.html(document, frame).getBytes(StandardCharsets.UTF_8);
            case PDF -> Rendering.pdf(document, frame);
            case DOCX -> Rendering.docx(document, frame);
            case JSON -> throw new IllegalArgumentException(
                    "a document's JSON is its own structured form: write it with the module that built the document");
        };
    }

    /**
     * A document's structured form as JSON: a tree of maps (keys in their iteration order), lists,
     * strings, numbers, booleans and nulls, written as indented UTF-8 text ending in a newline with
     * the escaping of every report ({@code < > & '} as Unicode escapes, so the text stays inert
     * pasted into a web page).
     *
     * @throws IllegalArgumentException naming the type of a value that is none of these
     */
    public static byte[] json(java.util.Map<String, ?> tree) {
        Objects.requireNonNull(tree, "tree");
        return org.raitoolkit.reports.internal.JsonReports.tree(tree);
    }

    /**
     * Writes {@code bytes} to {@code file} atomically: a reader never sees a half-written file, and
     * if writing fails, {@code file} is left as it was. Missing parent folders are created; the
     * file and its folder are forced to the disk.
     *
     * @throws java.io.UncheckedIOException if the file cannot be written, with the path in the message
     */
    public static void write(Path file, java.util.function.Supplier<byte[]> bytes) {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(bytes, "bytes");
        AtomicFiles.writeBytes(file, true, bytes);
    }
}
