package org.raitoolkit.web.internal;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;

/**
 * The page templates (src/main/jte), compiled to classes of this package at build time: no Java
 * compiler and no folder are needed when the app runs. Each template takes one view record that
 * the tools build; the templates only print it. Thread-safe.
 */
final class Pages {

    private final TemplateEngine engine = TemplateEngine.createPrecompiled(null, ContentType.Html,
            Pages.class.getClassLoader(), Pages.class.getPackageName());

    /** The page of template {@code name} (for example {@code "home.jte"}) for {@code view}, as a response. */
    Response page(int status, String name, Object view) {
        StringOutput out = new StringOutput(32 * 1024);
        engine.render(name, view, new PageOutput(out));
        return Response.page(status, out.toString());
    }
}
