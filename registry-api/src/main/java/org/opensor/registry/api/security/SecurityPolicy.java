package org.opensor.registry.api.security;

import org.springframework.context.annotation.Configuration;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Wires the access policy into Spring MVC and hands the JWT role mapping to the security configuration. */
@Configuration(proxyBeanMethods = false)
public class SecurityPolicy implements WebMvcConfigurer {

    private final AccessPolicyInterceptor interceptor;

    SecurityPolicy(AccessPolicyInterceptor interceptor) {
        this.interceptor = interceptor;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(interceptor).addPathPatterns("/api/**");
    }

    /** bcrypt through Spring's delegating encoder, with verified passwords remembered briefly (see {@link VerifiedPasswordCache}). */
    public static org.springframework.security.crypto.password.PasswordEncoder passwordEncoder(
            SecuritySettings settings, java.time.Clock clock) {
        return new VerifiedPasswordCache(
                org.springframework.security.crypto.factory.PasswordEncoderFactories.createDelegatingPasswordEncoder(),
                settings.verifiedPasswordCache(),
                clock);
    }

    public static Converter<Jwt, AbstractAuthenticationToken> roleClaimConverter(SecuritySettings settings) {
        return new RoleClaimConverter(settings.rolesClaim());
    }
}
