package kg.kozomol.identity.web;

/**
 * A new password typed twice, with either the one-time link's token (invitation, reset) or the current
 * password (change); each controller allows only the fields it uses. Rules: {@link kg.kozomol.identity.PasswordPolicy}.
 */
public class PasswordForm {

    private String token;
    private String current;
    private String password;
    private String confirmation;

    public String getToken() { return token; }
    public void setToken(String token) { this.token = token; }
    public String getCurrent() { return current; }
    public void setCurrent(String current) { this.current = current; }
    public String getPassword() { return password; }
    public void setPassword(String password) { this.password = password; }
    public String getConfirmation() { return confirmation; }
    public void setConfirmation(String confirmation) { this.confirmation = confirmation; }
}
