package ch.guichetai.tenant;

import ch.guichetai.canton.CantonCatalog;
import ch.guichetai.canton.CantonCatalogLoader;
import ch.guichetai.tenant.internal.CantonTenantIdentifierResolver;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.cfg.MultiTenancySettings;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;

@Configuration(proxyBeanMethods = false)
class TenancyConfiguration {

    /** The cantons of this deployment: {@code guichet.cantons.locations} lists the YAML files to read. */
    @Bean
    CantonCatalog cantonCatalog(@Value("${guichet.cantons.locations:classpath:cantons.yml}") Resource[] locations)
            throws IOException {
        List<CantonCatalogLoader.Source> sources = new ArrayList<>();
        List<InputStream> streams = new ArrayList<>();
        try {
            for (Resource location : locations) {
                InputStream stream = location.getInputStream();
                streams.add(stream);
                sources.add(new CantonCatalogLoader.Source(location.getDescription(), stream));
            }
            return new CantonCatalogLoader(getClass().getClassLoader()).load(sources);
        } finally {
            for (InputStream stream : streams) {
                stream.close();
            }
        }
    }

    /** Boot does not pick up a tenant resolver bean by itself. */
    @Bean
    HibernatePropertiesCustomizer tenantIdentifierResolver(CantonTenantIdentifierResolver resolver) {
        return properties -> properties.put(MultiTenancySettings.MULTI_TENANT_IDENTIFIER_RESOLVER, resolver);
    }
}
