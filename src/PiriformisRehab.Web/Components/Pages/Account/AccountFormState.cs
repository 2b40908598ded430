using Microsoft.AspNetCore.Components.Forms;
using PiriformisRehab.Web.Features.Accounts;

namespace PiriformisRehab.Web.Components.Pages.Account;

/// <summary>
/// An account form's edit context and the problems the server found after its own checks (a wrong
/// current password, an address already taken), shown beside their fields like the form's own errors.
/// </summary>
public sealed class AccountFormState
{
    private readonly ValidationMessageStore _messages;

    public AccountFormState(object model)
    {
        Context = new EditContext(model);
        _messages = new ValidationMessageStore(Context);
    }

    public EditContext Context { get; }

    /// <summary>Puts each problem beside its field and redraws the messages.</summary>
    public void Show(IReadOnlyList<FieldProblem> problems)
    {
        foreach (var problem in problems)
        {
            _messages.Add(Context.Field(problem.Field), problem.Message);
        }

        Context.NotifyValidationStateChanged();
    }
}
