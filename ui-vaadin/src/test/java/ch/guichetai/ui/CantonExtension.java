package ch.guichetai.ui;

import ch.guichetai.canton.CantonCode;
import ch.guichetai.tenant.TenantContext;
import java.util.Optional;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.platform.commons.support.AnnotationSupport;

/** Binds the canton of {@link InCanton} before any set-up method runs and unbinds it after the test. */
class CantonExtension implements BeforeEachCallback, AfterEachCallback {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(CantonExtension.class);

    @Override
    public void beforeEach(ExtensionContext context) {
        Optional<InCanton> canton = AnnotationSupport.findAnnotation(context.getRequiredTestMethod(), InCanton.class)
                .or(() -> AnnotationSupport.findAnnotation(context.getRequiredTestClass(), InCanton.class));
        canton.ifPresent(annotation -> context.getStore(NAMESPACE)
                .put("binding", TenantContext.bind(new CantonCode(annotation.value()))));
    }

    @Override
    public void afterEach(ExtensionContext context) {
        TenantContext.Binding binding = context.getStore(NAMESPACE).remove("binding", TenantContext.Binding.class);
        if (binding != null) {
            binding.close();
        }
    }
}
