package ch.guichetai.canton;

import java.util.Arrays;
import java.util.Optional;

/**
 * The realm roles of every canton, as keycloak-realm generates them and the app reads them, and the
 * authority each one gives in the app: the one list of roles of the platform.
 */
public enum Role {
    BENEFICIARY("beneficiary"),
    LEGAL_REPRESENTATIVE("legal-representative"),
    COMPANY_MANAGER("company-manager"),
    COMPANY_COLLABORATOR("company-collaborator"),
    OFFICE_AGENT("office-agent"),
    OFFICE_ADMIN("office-admin");

    /** Names for {@code @RolesAllowed}: Spring adds the {@code ROLE_} prefix. */
    public static final String BENEFICIARY_NAME = "BENEFICIARY";
    public static final String LEGAL_REPRESENTATIVE_NAME = "LEGAL_REPRESENTATIVE";
    public static final String COMPANY_MANAGER_NAME = "COMPANY_MANAGER";
    public static final String COMPANY_COLLABORATOR_NAME = "COMPANY_COLLABORATOR";
    public static final String OFFICE_AGENT_NAME = "OFFICE_AGENT";
    public static final String OFFICE_ADMIN_NAME = "OFFICE_ADMIN";

    private final String realmRole;

    Role(String realmRole) {
        this.realmRole = realmRole;
    }

    public String realmRole() {
        return realmRole;
    }

    public String authority() {
        return "ROLE_" + name();
    }

    public boolean isOffice() {
        return this == OFFICE_AGENT || this == OFFICE_ADMIN;
    }

    public static Optional<Role> ofRealmRole(String realmRole) {
        return Arrays.stream(values()).filter(role -> role.realmRole.equals(realmRole)).findFirst();
    }
}
