package org.tellus.base.security;

import com.vaadin.flow.component.Component;

/**
 * The view that signs people in. The account feature declares it as a bean, so the security configuration knows
 * it without importing that feature; with the class (not only its route) Vaadin forwards a visitor who may not
 * open a page to the sign-in view within the same navigation.
 */
@FunctionalInterface
public interface SignInPage {

    Class<? extends Component> view();
}
