package org.opensor.registry.api.console.search;

import org.opensor.registry.api.search.web.IdentitySearchRequest;

/**
 * The search form as typed: every field is text, so that whatever the officer typed comes back with the errors.
 * The field names are the API's ({@link IdentitySearchRequest}), plus the purpose of access and the page.
 */
public class IdentitySearchForm {

    private String fullName;
    private String familyName;
    private String givenNames;
    private String originalScriptName;
    private String dateOfBirth;
    private String dateOfBirthPlusMinusYears;
    private String sex;
    private String nationality;
    private String documentNumber;
    private String purpose;
    private int page;

    /**
     * The API's request, blanks as absent. A "give or take" that is not a whole number is kept aside as null and
     * reported by {@link #plusMinusYearsIsNumber()}.
     */
    IdentitySearchRequest toRequest() {
        return new IdentitySearchRequest(
                blankToNull(familyName),
                blankToNull(givenNames),
                blankToNull(fullName),
                blankToNull(originalScriptName),
                blankToNull(dateOfBirth),
                plusMinusYears(),
                blankToNull(sex),
                blankToNull(nationality),
                blankToNull(documentNumber));
    }

    boolean plusMinusYearsIsNumber() {
        return blankToNull(dateOfBirthPlusMinusYears) == null || plusMinusYears() != null;
    }

    private Integer plusMinusYears() {
        String value = blankToNull(dateOfBirthPlusMinusYears);
        if (value == null) {
            return null;
        }
        try {
            return Integer.valueOf(value);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public String getFullName() {
        return fullName;
    }

    public void setFullName(String fullName) {
        this.fullName = fullName;
    }

    public String getFamilyName() {
        return familyName;
    }

    public void setFamilyName(String familyName) {
        this.familyName = familyName;
    }

    public String getGivenNames() {
        return givenNames;
    }

    public void setGivenNames(String givenNames) {
        this.givenNames = givenNames;
    }

    public String getOriginalScriptName() {
        return originalScriptName;
    }

    public void setOriginalScriptName(String originalScriptName) {
        this.originalScriptName = originalScriptName;
    }

    public String getDateOfBirth() {
        return dateOfBirth;
    }

    public void setDateOfBirth(String dateOfBirth) {
        this.dateOfBirth = dateOfBirth;
    }

    public String getDateOfBirthPlusMinusYears() {
        return dateOfBirthPlusMinusYears;
    }

    public void setDateOfBirthPlusMinusYears(String dateOfBirthPlusMinusYears) {
        this.dateOfBirthPlusMinusYears = dateOfBirthPlusMinusYears;
    }

    public String getSex() {
        return sex;
    }

    public void setSex(String sex) {
        this.sex = sex;
    }

    public String getNationality() {
        return nationality;
    }

    public void setNationality(String nationality) {
        this.nationality = nationality;
    }

    public String getDocumentNumber() {
        return documentNumber;
    }

    public void setDocumentNumber(String documentNumber) {
        this.documentNumber = documentNumber;
    }

    public String getPurpose() {
        return purpose;
    }

    public void setPurpose(String purpose) {
        this.purpose = purpose;
    }

    public int getPage() {
        return page;
    }

    public void setPage(int page) {
        this.page = page;
    }
}
