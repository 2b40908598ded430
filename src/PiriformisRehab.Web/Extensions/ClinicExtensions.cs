using PiriformisRehab.Web.Features.Clinic;

namespace PiriformisRehab.Web.Extensions;

internal static class ClinicExtensions
{
    public static void AddClinic(this WebApplicationBuilder builder)
    {
        // Stateless over a context factory, so one instance serves every request and circuit.
        builder.Services.AddSingleton<PatientService>();
        builder.Services.AddSingleton<ProgrammeService>();
        builder.Services.AddSingleton<ProgrammeExerciseService>();
        builder.Services.AddSingleton<PatientLinkService>();
        builder.Services.AddSingleton<PatientFollowUp>();
        builder.Services.AddSingleton<ClinicList>();
        builder.Services.AddSingleton<DiaryReviewService>();
    }
}
