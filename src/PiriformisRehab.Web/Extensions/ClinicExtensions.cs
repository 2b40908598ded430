using Microsoft.Extensions.DependencyInjection.Extensions;
using PiriformisRehab.Web.Features.Clinic;

namespace PiriformisRehab.Web.Extensions;

internal static class ClinicExtensions
{
    public static void AddClinic(this WebApplicationBuilder builder)
    {
        builder.Services.TryAddSingleton(TimeProvider.System);
        // Stateless over a context factory, so one instance serves every request and circuit.
        builder.Services.AddSingleton<ClinicService>();
        builder.Services.AddSingleton<PatientLinkService>();
        builder.Services.AddSingleton<PatientFollowUp>();
    }
}
