package ch.guichetai.report;

import ch.guichetai.report.internal.NoJavaCompiler;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import net.sf.jasperreports.engine.DefaultJasperReportsContext;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperCompileManager;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.SimpleJasperReportsContext;
import net.sf.jasperreports.engine.design.JRCompiler;

/**
 * The copy's JasperReports templates ({@code report/<name>.jrxml} on the class path), each
 * compiled on first use and kept: the main template and one sub-report per form. They hold no Java
 * expression ({@link NoJavaCompiler}), so compiling needs no Java compiler and takes milliseconds.
 */
final class CopyTemplates {

    static final String MAIN = "copy";

    private static final JasperCompileManager COMPILER = JasperCompileManager.getInstance(noJava());

    private final Map<String, JasperReport> compiled = new ConcurrentHashMap<>();

    JasperReport get(String name) {
        return compiled.computeIfAbsent(name, CopyTemplates::compile);
    }

    private static JasperReport compile(String name) {
        String location = "report/" + name + ".jrxml";
        try (InputStream design = CopyTemplates.class.getClassLoader().getResourceAsStream(location)) {
            if (design == null) {
                throw new IllegalStateException(location + " is not on the class path");
            }
            return COMPILER.compile(design);
        } catch (JRException e) {
            throw new IllegalStateException("the template " + location + " does not compile", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static SimpleJasperReportsContext noJava() {
        SimpleJasperReportsContext context = new SimpleJasperReportsContext(DefaultJasperReportsContext.getInstance());
        context.setProperty(JRCompiler.COMPILER_PREFIX + "java", NoJavaCompiler.class.getName());
        return context;
    }
}
