package kg.kozomol.collect.openrosa;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationContextAware;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerExecutionChain;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;

/**
 * Finds the handler of a phone's request among the OpenRosa controller's own few mappings, before the application's
 * mapping is asked. Every OpenRosa address has the token as a path variable, and the application's mapping matches such
 * an address by trying each of its hundreds of patterns in turn: that cost a quarter of a submission's CPU. The
 * controller stays in the application's mapping too (route listings see it); requests for it never get that far.
 */
@Component
class OpenRosaHandlerMapping implements HandlerMapping, Ordered, ApplicationContextAware, InitializingBean {

    private final RequestMappingHandlerMapping handlers = new RequestMappingHandlerMapping() {
        @Override
        protected boolean isHandler(Class<?> beanType) {
            return OpenRosaController.class.equals(beanType);
        }
    };

    @Override
    public void setApplicationContext(ApplicationContext context) {
        handlers.setApplicationContext(context);
    }

    @Override
    public void afterPropertiesSet() {
        handlers.afterPropertiesSet();
    }

    @Override
    public HandlerExecutionChain getHandler(HttpServletRequest request) throws Exception {
        String path = ServletRequestPathUtils.hasParsedRequestPath(request)
                ? ServletRequestPathUtils.getParsedRequestPath(request).pathWithinApplication().value()
                : request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith(OpenRosaController.PREFIX) ? handlers.getHandler(request) : null;
    }

    @Override
    public boolean usesPathPatterns() {
        return handlers.usesPathPatterns();
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }
}
