package org.raitoolkit.reports.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.openxml4j.opc.PackageProperties;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableRowAlign;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable.XWPFBorderType;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSimpleField;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;
import org.raitoolkit.reports.spi.Doc.Badge;
import org.raitoolkit.reports.spi.Doc.Block;
import org.raitoolkit.reports.spi.Doc.Bullets;
import org.raitoolkit.reports.spi.Doc.Code;
import org.raitoolkit.reports.spi.Doc.Document;
import org.raitoolkit.reports.spi.Doc.Figure;
import org.raitoolkit.reports.spi.Doc.Group;
import org.raitoolkit.reports.spi.Doc.Heading;
import org.raitoolkit.reports.spi.Doc.Inline;
import org.raitoolkit.reports.spi.Doc.Muted;
import org.raitoolkit.reports.spi.Doc.Notice;
import org.raitoolkit.reports.spi.Doc.Paragraph;
import org.raitoolkit.reports.spi.Doc.Strong;
import org.raitoolkit.reports.spi.Doc.Table;
import org.raitoolkit.reports.spi.Doc.Text;
import org.raitoolkit.reports.spi.Doc.Tone;
import org.raitoolkit.reports.spi.Doc;

/**
 * Renders a {@link Document} as an editable Word document (DOCX): Word's own Title and Heading
 * styles (so the navigation pane lists the sections), real lists and tables with a repeated
 * header row, notices as shaded boxes, charts as their text tables with the caption, and a
 * footer with the page number and a mark of what the report is about (the answers' digest).
 * Styles are defined in the file itself, so it looks the same in any word processor.
 */
final class DocxWriter {

    private static final String INK = "1F2937";
    private static final String SOFT = "4B5563";
    private static final String ACCENT = "1E3A8A";
    private static final String LINE = "CBD5E1";
    private static final String HEAD_FILL = "F1F5F9";
    /** A4 in twentieths of a point, with 2 cm margins. */
    private static final int A4_WIDTH = 11906;
    private static final int A4_HEIGHT = 16838;
    private static final int MARGIN = 1134;

    private final XWPFDocument docx = new XWPFDocument();
    private BigInteger bulletList;
    private BigInteger numberedList;

    private DocxWriter() {
    }

    /**
     * The document as DOCX bytes.
     *
     * @param language the document's language, a BCP 47 tag
     * @param kicker the line above the title
     * @param footer the lines at the end of the document
     * @param pageMark the text at the foot of every page, above the page number
     * @param madeAt the creation date written into the file's properties
     */
    static byte[] write(Document doc, String language, String kicker, List<String> footer, String pageMark,
                        Instant madeAt) {
        DocxWriter writer = new DocxWriter();
        try (XWPFDocument docx = writer.docx) {
            writer.setUp(doc, language, madeAt, pageMark);
            writer.paragraph("Kicker", List.of(Doc.text(kicker)));
            writer.paragraph("Title", List.of(Doc.text(doc.title())));
            writer.paragraph("Subtitle", List.of(Doc.text(doc.subtitle())));
            for (Block block : doc.blocks()) {
                writer.block(block);
            }
            for (String line : footer) {
                writer.paragraph("Small", List.of(Doc.text(line)));
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream(128 * 1024);
            docx.write(out);
            return stamped(out.toByteArray(), madeAt);
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the report as DOCX: " + e.getMessage(), e);
        }
    }

    /**
     * The same package with every entry dated {@code madeAt}: the zip library stamps entries
     * with the current time, and one report should give one file.
     */
    static byte[] stamped(byte[] zip, Instant madeAt) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(zip.length + 1024);
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip));
             ZipOutputStream copy = new ZipOutputStream(out)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                ZipEntry dated = new ZipEntry(entry.getName());
                dated.setTimeLocal(LocalDateTime.ofInstant(madeAt, ZoneOffset.UTC));
                copy.putNextEntry(dated);
                in.transferTo(copy);
                copy.closeEntry();
            }
        }
        return out.toByteArray();
    }

    // ---------------------------------------------------------------- document set-up

    private void setUp(Document doc, String language, Instant madeAt, String pageMark) {
        PackageProperties props = docx.getProperties().getCoreProperties().getUnderlyingProperties();
        props.setTitleProperty(doc.title());
        props.setSubjectProperty(doc.subtitle());
        props.setCreatorProperty("Responsible AI toolkit for law enforcement");
        props.setLanguageProperty(language);
        // The report's own time, not the machine's, so the same report gives the same properties.
        props.setCreatedProperty(Optional.of(Date.from(madeAt)));
        props.setModifiedProperty(Optional.of(Date.from(madeAt)));

        XWPFStyles styles = docx.createStyles();
        CTFonts fonts = CTFonts.Factory.newInstance();
        fonts.setAscii("Calibri");
        fonts.setHAnsi("Calibri");
        fonts.setCs("Calibri");
        styles.setDefaultFonts(fonts);
        styles.setSpellingLanguage(language);
        style(styles, "Normal", "Normal", -1, 21, false, INK, 0, 100);
        style(styles, "Title", "Title", -1, 44, true, "0F172A", 0, 60);
        style(styles, "Subtitle", "Subtitle", -1, 24, false, SOFT, 0, 240);
        style(styles, "Kicker", "Kicker", -1, 16, false, SOFT, 0, 40);
        style(styles, "Heading1", "heading 1", 0, 32, true, ACCENT, 360, 120);
        style(styles, "Heading2", "heading 2", 1, 26, true, "0F172A", 240, 80);
        style(styles, "Heading3", "heading 3", 2, 22, true, SOFT, 200, 60);
        style(styles, "Caption", "caption", -1, 18, false, SOFT, 60, 200);
        style(styles, "Small", "Small", -1, 17, false, SOFT, 0, 60);

        CTSectPr section = docx.getDocument().getBody().isSetSectPr()
                ? docx.getDocument().getBody().getSectPr() : docx.getDocument().getBody().addNewSectPr();
        CTPageSz size = section.addNewPgSz();
        size.setW(BigInteger.valueOf(A4_WIDTH));
        size.setH(BigInteger.valueOf(A4_HEIGHT));
        CTPageMar margins = section.addNewPgMar();
        margins.setTop(BigInteger.valueOf(MARGIN));
        margins.setBottom(BigInteger.valueOf(MARGIN));
        margins.setLeft(BigInteger.valueOf(MARGIN));
        margins.setRight(BigInteger.valueOf(MARGIN));
        margins.setHeader(BigInteger.valueOf(567));
        margins.setFooter(BigInteger.valueOf(567));

        footer(pageMark);
        XWPFNumbering numbering = docx.createNumbering();
        bulletList = numbering.addAbstractNum(new XWPFAbstractNum(list(BigInteger.ZERO, STNumberFormat.BULLET, "\u2022")));
        numberedList = numbering.addAbstractNum(new XWPFAbstractNum(list(BigInteger.ONE, STNumberFormat.DECIMAL, "%1.")));
    }

    /** A paragraph style; {@code outline} 0 to 2 makes it a heading Word lists in its navigation pane. */
    private static void style(XWPFStyles styles, String id, String name, int outline, int halfPoints, boolean bold,
                              String color, int before, int after) {
        CTStyle style = CTStyle.Factory.newInstance();
        style.setStyleId(id);
        style.setType(STStyleType.PARAGRAPH);
        style.addNewName().setVal(name);
        if (!"Normal".equals(id)) {
            style.addNewBasedOn().setVal("Normal");
            style.addNewNext().setVal("Normal");
        }
        style.addNewQFormat();
        CTPPrGeneral paragraph = style.addNewPPr();
        paragraph.addNewSpacing().setBefore(BigInteger.valueOf(before));
        paragraph.getSpacing().setAfter(BigInteger.valueOf(after));
        if (outline >= 0) {
            paragraph.addNewKeepNext();
            paragraph.addNewOutlineLvl().setVal(BigInteger.valueOf(outline));
        }
        CTRPr run = style.addNewRPr();
        if (bold) {
            run.addNewB();
        }
        run.addNewSz().setVal(BigInteger.valueOf(halfPoints));
        run.addNewColor().setVal(color);
        styles.addStyle(new XWPFStyle(style, styles));
    }

    private static CTAbstractNum list(BigInteger id, STNumberFormat.Enum format, String text) {
        CTAbstractNum list = CTAbstractNum.Factory.newInstance();
        list.setAbstractNumId(id);
        CTLvl level = list.addNewLvl();
        level.setIlvl(BigInteger.ZERO);
        level.addNewStart().setVal(BigInteger.ONE);
        level.addNewNumFmt().setVal(format);
        level.addNewLvlText().setVal(text);
        level.addNewPPr().addNewInd().setLeft(BigInteger.valueOf(567));
        level.getPPr().getInd().setHanging(BigInteger.valueOf(283));
        return list;
    }

    /** The mark, then "Page N of M" with Word's own fields, which it updates when it lays out the pages. */
    private void footer(String pageMark) {
        XWPFFooter footer = docx.createFooter(HeaderFooterType.DEFAULT);
        XWPFParagraph mark = footer.createParagraph();
        mark.setStyle("Small");
        mark.createRun().setText(pageMark);
        XWPFParagraph page = footer.createParagraph();
        page.setStyle("Small");
        page.setAlignment(ParagraphAlignment.RIGHT);
        page.createRun().setText("Page ");
        field(page, "PAGE");
        page.createRun().setText(" of ");
        field(page, "NUMPAGES");
    }

    private static void field(XWPFParagraph paragraph, String instruction) {
        CTSimpleField field = paragraph.getCTP().addNewFldSimple();
        field.setInstr(instruction);
        CTR shown = field.addNewR();
        shown.addNewT().setStringValue("1");
    }

    // ---------------------------------------------------------------- blocks

    private void block(Block block) {
        if (block instanceof Heading h) {
            paragraph(headingStyle(h.level()), List.of(Doc.text(h.text())));
        } else if (block instanceof Paragraph p) {
            paragraph(null, p.inlines());
        } else if (block instanceof Bullets b) {
            bullets(b);
        } else if (block instanceof Table t) {
            table(t);
        } else if (block instanceof Notice n) {
            notice(n);
        } else if (block instanceof Figure f) {
            // Word shows no SVG reliably; the chart's table carries the same numbers, editable.
            f.fallback().forEach(this::block);
            paragraph("Caption", List.of(Doc.text(f.caption())));
        } else if (block instanceof Group g) {
            g.blocks().forEach(this::block);
        }
    }

    /** Level 2 sections are Word's Heading 1, since the report's title is the Title. */
    static String headingStyle(int level) {
        return "Heading" + Math.max(1, Math.min(3, level - 1));
    }

    private XWPFParagraph paragraph(String style, List<Inline> inlines) {
        XWPFParagraph p = docx.createParagraph();
        if (style != null) {
            p.setStyle(style);
        }
        runs(p, inlines);
        return p;
    }

    private void bullets(Bullets b) {
        XWPFNumbering numbering = docx.getNumbering();
        BigInteger num = numbering.addNum(b.ordered() ? numberedList : bulletList);
        if (b.ordered()) {
            // Each numbered list starts again at 1.
            CTNumLvl restart = numbering.getNum(num).getCTNum().addNewLvlOverride();
            restart.setIlvl(BigInteger.ZERO);
            restart.addNewStartOverride().setVal(BigInteger.ONE);
        }
        for (List<Inline> item : b.items()) {
            XWPFParagraph p = paragraph(null, item);
            p.setNumID(num);
            p.setNumILvl(BigInteger.ZERO);
            p.setSpacingAfter(40);
        }
    }

    private void table(Table t) {
        int columns = t.headers().size();
        XWPFTable table = docx.createTable(1 + t.rows().size(), columns);
        table.setWidth("100%");
        borders(table);
        XWPFTableRow header = table.getRow(0);
        // Marked as the header row: Word repeats it on each page and screen readers announce it.
        header.setRepeatHeader(true);
        header.setCantSplitRow(true);
        for (int c = 0; c < columns; c++) {
            XWPFTableCell cell = header.getCell(c);
            cell.setColor(HEAD_FILL);
            XWPFParagraph p = cell.getParagraphs().get(0);
            align(p, t, c);
            XWPFRun run = p.createRun();
            run.setBold(true);
            run.setText(t.headers().get(c));
        }
        for (int r = 0; r < t.rows().size(); r++) {
            XWPFTableRow row = table.getRow(r + 1);
            row.setCantSplitRow(true);
            List<List<Inline>> cells = t.rows().get(r);
            for (int c = 0; c < columns && c < cells.size(); c++) {
                XWPFParagraph p = row.getCell(c).getParagraphs().get(0);
                align(p, t, c);
                runs(p, cells.get(c));
            }
        }
        // A table directly after a table would merge with it in Word.
        docx.createParagraph().setSpacingAfter(0);
    }

    private static void align(XWPFParagraph p, Table t, int column) {
        p.setSpacingAfter(0);
        if (column < t.numeric().size() && t.numeric().get(column)) {
            p.setAlignment(ParagraphAlignment.RIGHT);
        }
    }

    private static void borders(XWPFTable table) {
        table.setTopBorder(XWPFBorderType.SINGLE, 4, 0, LINE);
        table.setBottomBorder(XWPFBorderType.SINGLE, 4, 0, LINE);
        table.setLeftBorder(XWPFBorderType.SINGLE, 4, 0, LINE);
        table.setRightBorder(XWPFBorderType.SINGLE, 4, 0, LINE);
        table.setInsideHBorder(XWPFBorderType.SINGLE, 4, 0, LINE);
        table.setInsideVBorder(XWPFBorderType.SINGLE, 4, 0, LINE);
        table.setCellMargins(40, 80, 40, 80);
    }

    /** A shaded box of one cell, with a coloured left edge in the notice's tone. */
    private void notice(Notice n) {
        XWPFTable box = docx.createTable(1, 1);
        box.setWidth("100%");
        box.setTableAlignment(TableRowAlign.LEFT);
        box.setTopBorder(XWPFBorderType.NONE, 0, 0, "auto");
        box.setBottomBorder(XWPFBorderType.NONE, 0, 0, "auto");
        box.setRightBorder(XWPFBorderType.NONE, 0, 0, "auto");
        box.setLeftBorder(XWPFBorderType.SINGLE, 24, 0, edge(n.tone()));
        box.setCellMargins(80, 140, 80, 140);
        XWPFTableCell cell = box.getRow(0).getCell(0);
        cell.setColor(fill(n.tone()));
        XWPFParagraph p = cell.getParagraphs().get(0);
        p.setSpacingAfter(0);
        if (!n.title().isEmpty()) {
            XWPFRun title = p.createRun();
            title.setBold(true);
            title.setText(n.title() + " ");
        }
        runs(p, n.inlines());
        docx.createParagraph().setSpacingAfter(0);
    }

    private static void runs(XWPFParagraph p, List<Inline> inlines) {
        for (Inline inline : inlines) {
            XWPFRun run = p.createRun();
            if (inline instanceof Text t) {
                run.setText(t.value());
            } else if (inline instanceof Strong s) {
                run.setBold(true);
                run.setText(s.value());
            } else if (inline instanceof Code c) {
                run.setFontFamily("Consolas");
                run.setFontSize(9.5);
                run.setText(c.value());
            } else if (inline instanceof Muted m) {
                run.setColor(SOFT);
                run.setFontSize(9.5);
                run.setText(m.value());
            } else if (inline instanceof Badge b) {
                // The word carries the meaning; the colour only repeats it.
                run.setBold(true);
                run.setColor(text(b.tone()));
                run.setText(b.word());
            }
        }
    }

    private static String fill(Tone tone) {
        return switch (tone) {
            case GREEN -> "DCFCE7";
            case BLUE -> "DBEAFE";
            case AMBER -> "FEF3C7";
            case ORANGE -> "FFEDD5";
            case RED -> "FEE2E2";
            case GREY -> "F3F4F6";
        };
    }

    private static String edge(Tone tone) {
        return switch (tone) {
            case GREEN -> "4ADE80";
            case BLUE -> "60A5FA";
            case AMBER -> "FACC15";
            case ORANGE -> "FB923C";
            case RED -> "F87171";
            case GREY -> "64748B";
        };
    }

    /** The badge's text colour, the same ink as the other formats, as Word writes it (hex, no '#'). */
    private static String text(Tone tone) {
        return Tones.ink(tone).substring(1).toUpperCase(java.util.Locale.ROOT);
    }
}
