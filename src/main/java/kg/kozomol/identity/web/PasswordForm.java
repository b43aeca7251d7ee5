package kg.kozomol.identity.web;

/** A new password typed twice; the rules are checked by {@link kg.kozomol.identity.PasswordPolicy}. */
public class PasswordForm {

    private String token;
    private String password;
    private String confirmation;

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getConfirmation() {
        return confirmation;
    }

    public void setConfirmation(String confirmation) {
        this.confirmation = confirmation;
    }
}
