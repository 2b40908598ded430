using Microsoft.AspNetCore.Identity;
using PiriformisRehab.Web.Options;

namespace PiriformisRehab.Web.Features.Accounts;

/// <summary>Identity's errors as messages beside the field they are about, in the app's words.</summary>
internal static class PasswordProblems
{
    public static IReadOnlyList<FieldProblem> From(IdentityResult result, string passwordField, string otherField, AccountOptions rules) =>
        [.. result.Errors.Select(error => new FieldProblem(
                error.Code.Contains("Password", StringComparison.Ordinal) ? passwordField : otherField,
                error.Code switch
                {
                    "PasswordTooShort" => TooShort(rules),
                    "PasswordRequiresUniqueChars" => $"Use at least {rules.PasswordUniqueChars} different characters.",
                    "PasswordMismatch" => "The password is not right.",
                    "InvalidToken" => "This link has expired or has already been used. Ask for a new one.",
                    _ => error.Description,
                }))
            .Distinct()];

    public static string TooShort(AccountOptions rules) => $"Use at least {rules.PasswordMinLength} characters (a short sentence works well).";
}
