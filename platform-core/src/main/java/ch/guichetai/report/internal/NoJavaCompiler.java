package ch.guichetai.report.internal;

import java.io.File;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperReportsContext;
import net.sf.jasperreports.engine.design.JRCompilationUnit;
import net.sf.jasperreports.engine.design.JRJdk13Compiler;

/**
 * The compiler of the copy's templates (ADR 0026): it refuses any Java expression. JasperReports
 * evaluates a parameter, a field, a variable, a text of the bundle or a simple text directly; only
 * other expressions need javac and a class path of plain jars, which a Spring Boot jar does not
 * have. So the templates hold no Java, values are formatted in Java, and a template that breaks
 * this rule fails its first compilation (in the tests), not a download in production.
 */
public class NoJavaCompiler extends JRJdk13Compiler {

    public NoJavaCompiler(JasperReportsContext context) {
        super(context);
    }

    @Override
    protected String compileUnits(JRCompilationUnit[] units, String classpath, File tempDirFile) throws JRException {
        StringBuilder names = new StringBuilder();
        for (JRCompilationUnit unit : units) {
            names.append(' ').append(unit.getName());
        }
        throw new JRException("the copy's templates must not hold Java expressions (found in" + names
                + "): use a parameter, a field, a $R{} text or a simpleText expression");
    }
}
