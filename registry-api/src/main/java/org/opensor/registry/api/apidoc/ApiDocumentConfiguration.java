package org.opensor.registry.api.apidoc;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Contact;
import io.swagger.v3.oas.models.info.Info;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The served OpenAPI document ({@code /v3/api-docs}): its description here, the rest derived from the code. */
@Configuration(proxyBeanMethods = false)
class ApiDocumentConfiguration {

    /** The contract's version: the major is the path's ({@code /api/v1}); see docs/api.md on versioning. */
    static final String API_VERSION = "1.0.0";

    @Bean
    OpenAPI registryOpenApi() {
        return new OpenAPI()
                .info(new Info()
                        .title("OpenSOR registry API")
                        .version(API_VERSION)
                        .description("""
                        The sex-offender registry with travel notification: court clerks register people, convictions and \
                        custody; the police record addresses, verifications and travel notices; border officers and agency \
                        systems screen travellers and manifests and work the alert inbox. Every read of personal data needs \
                        an X-Purpose header and is audited. Errors are RFC 9457 problem+json. The integrator's guide is \
                        docs/api.md.""")
                        .contact(new Contact().name("OpenSOR maintainers")));
    }

    @Bean
    OpenApiCustomizer registryOperationContracts() {
        return new ApiDocumentCustomizer();
    }
}
