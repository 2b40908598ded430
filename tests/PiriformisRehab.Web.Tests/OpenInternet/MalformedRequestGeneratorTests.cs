using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using CsCheck;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using PiriformisRehab.Web.Tests.Infrastructure;

namespace PiriformisRehab.Web.Tests.OpenInternet;

/// <summary>
/// Generated hostile input against every API endpoint and every form post (with a valid
/// antiforgery token, so the input reaches the handler): never a 5xx, and a refused post stores
/// nothing (the whole database is fingerprinted around each post). Seeded, so a failure repeats.
/// CI runs <see cref="DefaultApiCount"/> API requests and <see cref="DefaultFormCount"/> form posts;
/// a longer run (MALFORMED_REQUESTS is the count for each test; MALFORMED_API_REQUESTS and
/// MALFORMED_FORM_REQUESTS set one each):
/// <c>MALFORMED_REQUESTS=50000 dotnet test --project tests/PiriformisRehab.Web.Tests -- --filter-class "*MalformedRequestGeneratorTests"</c>
/// (MALFORMED_SEED picks another seed).
/// </summary>
public sealed class MalformedRequestGeneratorTests : IAsyncLifetime
{
    public const int DefaultApiCount = 1500;
    public const int DefaultFormCount = 600;
    public const int DefaultPageCount = 300;
    private const ulong DefaultSeed = 20261201;

    private readonly AppFactory _factory = new();
    private SqliteConnection? _watcher;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>MALFORMED_API_REQUESTS or MALFORMED_FORM_REQUESTS for one test, else MALFORMED_REQUESTS, else the CI count.</summary>
    private static int Count(string variable, int ciDefault) =>
        int.TryParse(Environment.GetEnvironmentVariable(variable) ?? Environment.GetEnvironmentVariable("MALFORMED_REQUESTS"), CultureInfo.InvariantCulture, out var n) && n > 0
            ? n
            : ciDefault;

    private static ulong Seed => ulong.TryParse(Environment.GetEnvironmentVariable("MALFORMED_SEED"), CultureInfo.InvariantCulture, out var s) ? s : DefaultSeed;

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public async ValueTask DisposeAsync()
    {
        if (_watcher is not null)
        {
            await _watcher.DisposeAsync();
        }

        await _factory.DisposeAsync();
    }

    [Fact]
    public async Task MalformedApiRequestsNeverAnswerAServerError()
    {
        using var client = _factory.CreateClient();
        var count = Count("MALFORMED_API_REQUESTS", DefaultApiCount);
        var request = Gen.Select(MalformedInput.EvaluateBody, MalformedInput.ContentType, Gen.Int[0, 19]);
        var pcg = new PCG(1, Seed);
        var statuses = new Dictionary<int, int>();
        var watch = Stopwatch.StartNew();
        for (var i = 0; i < count; i++)
        {
            var (body, contentType, pick) = request.Generate(pcg, null, out _);
            using var message = pick switch
            {
                0 => new HttpRequestMessage(HttpMethod.Get, "/api/v1/questions?" + Query(body)),
                1 => new HttpRequestMessage(HttpMethod.Put, "/api/v1/assessments/evaluate") { Content = Body(body, contentType) },
                2 => new HttpRequestMessage(HttpMethod.Get, "/openapi/v1.json"),
                _ => new HttpRequestMessage(HttpMethod.Post, "/api/v1/assessments/evaluate") { Content = Body(body, contentType) },
            };
            using var response = await client.SendAsync(message, Ct);
            var status = (int)response.StatusCode;
            statuses[status] = statuses.GetValueOrDefault(status) + 1;
            Assert.True(status < 500, $"Request {i} (seed {Seed}) answered {status}: {Describe(body, contentType)}");
            if (status >= 400 && response.Content.Headers.ContentType?.MediaType is { } media)
            {
                Assert.Equal("application/problem+json", media);
            }
        }

        TestContext.Current.SendDiagnosticMessage($"{count} API requests in {watch.Elapsed.TotalSeconds:0.0} s: {string.Join(", ", statuses.OrderBy(s => s.Key).Select(s => $"{s.Key}×{s.Value}"))}");
    }

    [Fact]
    public async Task MalformedFormPostsNeverAnswerAServerErrorNorStoreWhatTheyRefuse()
    {
        var count = Count("MALFORMED_FORM_REQUESTS", DefaultFormCount);
        var world = await World.CreateAsync(_factory);
        var pcg = new PCG(2, Seed);
        var statuses = new Dictionary<int, int>();
        var mapReached = 0;
        var watch = Stopwatch.StartNew();
        for (var i = 0; i < count; i++)
        {
            if (i % 150 == 149)
            {
                await world.RenewAsync(); // Deletes and removals the generator made leave less to post to.
            }

            var forms = world.Forms();
            var (formIndex, fields) = Gen.Int[0, forms.Count - 1].SelectMany(f => FormFields(forms[f]).Select(fields => (f, fields))).Generate(pcg, null, out _);
            var form = forms[formIndex];
            var client = form.AsPhysio ? world.Physio : form.AsRunner ? world.Runner : world.Anonymous;
            // The token first: fetching it may open the clinic list, which keeps its rows (ADR-009); only the post is measured.
            var token = form.AsRunner ? await world.RunnerTokenAsync() : await world.TokenAsync(form.AsPhysio);
            var before = await Fingerprint();
            using var content = new FormUrlEncodedContent([new("__RequestVerificationToken", token), .. fields]);
            using var response = await client.PostAsync(form.Path, content, Ct);
            var status = (int)response.StatusCode;
            statuses[status] = statuses.GetValueOrDefault(status) + 1;
            var described = $"Post {i} (seed {Seed}) to {form.Path} answered {status}: {string.Join("&", fields.Select(f => f.Key + "=" + Shorten(f.Value)))}";
            Assert.True(status < 500, described);
            if (form.AsRunner && status is 200 or 400 && (await response.Content.ReadAsStringAsync(Ct)).Contains("data-body-map", StringComparison.Ordinal))
            {
                mapReached++; // The post got past the flow's redirects to the body map's reading.
            }

            if (!await MayStoreAsync(form, response))
            {
                Assert.True(before == await Fingerprint(), "A refused post changed the database. " + described);
            }

            if (status is >= 300 and < 400 && !form.AsRunner)
            {
                world.Forget(form.AsPhysio); // A sign-in or sign-up changes the user, and so the token.
            }
        }

        TestContext.Current.SendDiagnosticMessage($"{count} form posts in {watch.Elapsed.TotalSeconds:0.0} s ({mapReached} read a body map): {string.Join(", ", statuses.OrderBy(s => s.Key).Select(s => $"{s.Key}×{s.Value}"))}");
        Assert.True(count < 100 || mapReached > 0, "No generated post reached a body map: the runner's draft no longer gets past the safety pages.");
    }

    /// <summary>
    /// Generated query strings and link tokens for the pages a link opens with a GET: the
    /// follow-along session and the check-in it ends in (?done=id, repeated). Never a 5xx; a diary
    /// page ticks only exercises that are both asked for and offered today (never what the query
    /// does not name, so a skipped exercise is never ticked).
    /// </summary>
    [Fact]
    public async Task MalformedSessionAndCheckInQueriesNeverAnswerAServerErrorNorTickWhatWasNotDone()
    {
        var count = Count("MALFORMED_PAGE_REQUESTS", DefaultPageCount);
        var world = await World.CreateAsync(_factory);
        var pages = world.Pages();
        var value = Gen.Frequency(
            (3, MalformedInput.NastyText.Select(v => v.Length > 2000 ? v[..2000] : v)),
            (3, Gen.OneOf(World.ExerciseIds)),
            (1, Gen.OneOf("%ED%A0%80", "%C3%28", "%ZZ", "%", "%00", "+", "%2C", "clamshell%00")));
        var pair = Gen.Select(Gen.Frequency((6, Gen.Const("done")), (1, Gen.OneOf("saved", "deleted", "Done", "done[]", "")), (1, MalformedInput.NastyText.Select(v => v.Length > 50 ? v[..50] : v))), value);
        var request = Gen.Select(Gen.Int[0, pages.Count - 1], pair.Array[0, 8]);
        // The check below reads ticked boxes from the markup: first prove it sees one.
        var offered = System.Text.RegularExpressions.Regex.Match(await world.Anonymous.GetStringAsync(pages[3], Ct), "name=\"exercisesDone\" value=\"([^\"]+)\"").Groups[1].Value;
        Assert.Equal([offered], TickedExercises(await world.Anonymous.GetStringAsync($"{pages[3]}?done={offered}", Ct)));
        var pcg = new PCG(3, Seed);
        var statuses = new Dictionary<int, int>();
        var watch = Stopwatch.StartNew();
        for (var i = 0; i < count; i++)
        {
            var (pageIndex, pairs) = request.Generate(pcg, null, out _);
            var path = pages[pageIndex] + "?" + string.Join("&", pairs.Select(p => Escape(p.Item1) + "=" + Escape(p.Item2)));
            using var response = await world.Anonymous.GetAsync(path, Ct);
            var status = (int)response.StatusCode;
            statuses[status] = statuses.GetValueOrDefault(status) + 1;
            var described = $"GET {i} (seed {Seed}) {Shorten(path)} answered {status}";
            Assert.True(status < 500, described);
            if (status == 200 && pages[pageIndex].EndsWith("/diary", StringComparison.Ordinal))
            {
                var html = await response.Content.ReadAsStringAsync(Ct);
                // Query names are case-insensitive in ASP.NET Core ("Done" is "done"); the ids are not.
                var asked = pairs.Where(p => string.Equals(p.Item1, "done", StringComparison.OrdinalIgnoreCase)).Select(p => p.Item2).ToHashSet(StringComparer.Ordinal);
                foreach (var ticked in TickedExercises(html))
                {
                    Assert.True(asked.Contains(ticked) && World.ExerciseIds.Contains(ticked), $"{described}: ticked {ticked}");
                }
            }
        }

        TestContext.Current.SendDiagnosticMessage($"{count} page requests in {watch.Elapsed.TotalSeconds:0.0} s: {string.Join(", ", statuses.OrderBy(s => s.Key).Select(s => $"{s.Key}×{s.Value}"))}");
    }

    /// <summary>Percent-encodes as a browser would, but keeps ready-made escapes (some deliberately broken) as they are.</summary>
    private static string Escape(string text) => text.StartsWith('%') || text == "+" ? text : Uri.EscapeDataString(Encoding.UTF8.GetString(Encoding.UTF8.GetBytes(text)));

    private static IEnumerable<string> TickedExercises(string html) =>
        System.Text.RegularExpressions.Regex.Matches(html, "<input type=\"checkbox\" id=\"[^\"]*\" name=\"exercisesDone\" value=\"([^\"]*)\"[^>]*checked")
            .Select(m => System.Net.WebUtility.HtmlDecode(m.Groups[1].Value));

    /// <summary>
    /// Only a post that succeeds stores: a redirect that is not back to the form with an error or to a confirmation step, the
    /// one-time link page, or the saved result's "deleted" page.
    /// </summary>
    private static async Task<bool> MayStoreAsync(FormTarget form, HttpResponseMessage response)
    {
        var status = (int)response.StatusCode;
        if (status is >= 300 and < 400)
        {
            var location = response.Headers.Location?.OriginalString ?? string.Empty;
            // A confirmation step (?confirm=…, ?remove=…) is asked for before anything is changed.
            return !location.Contains("invalid=", StringComparison.Ordinal) && !location.Contains("Error=", StringComparison.Ordinal)
                && !location.Contains("?confirm=", StringComparison.Ordinal) && !location.Contains("?remove=", StringComparison.Ordinal);
        }

        // A sign-in stores its failure count (Identity's lock-out) and a registration its unconfirmed account.
        var html = await response.Content.ReadAsStringAsync(Ct);
        return status == 200
            && (form.Path.EndsWith("/links", StringComparison.Ordinal)
                || form.Path == "/account/login"
                || html.Contains("data-registration-sent", StringComparison.Ordinal)
                || html.Contains("data-deleted=\"true\"", StringComparison.Ordinal));
    }

    private static Gen<List<KeyValuePair<string, string>>> FormFields(FormTarget form)
    {
        var value = Gen.Frequency(
            (3, MalformedInput.NastyText),
            (3, form.Plausible.Length > 0 ? Gen.OneOf(form.Plausible) : MalformedInput.NastyText),
            (1, MalformedInput.EvaluateBody.Select(b => Encoding.UTF8.GetString(b))));
        var field = Gen.Frequency(
            (6, Gen.OneOf(form.Fields)),
            (1, Gen.OneOf("_handler", "__RequestVerificationToken", "Input", "Input.", "", "x[0]", "answers[]")),
            (1, Gen.String[1, 20]));
        var pairs = Gen.Select(field, value, (k, v) => new KeyValuePair<string, string>(k, v)).Array[0, 12];
        var handler = Gen.Frequency(
            (8, Gen.Const(form.Handlers)),
            (1, Gen.Const<string[]>([])),
            (1, MalformedInput.NastyText.Select(h => new[] { h })));
        return Gen.Select(pairs, handler, Gen.Int[0, form.Handlers.Length > 0 ? form.Handlers.Length - 1 : 0], (p, h, pick) =>
            h.Length == 0 ? p.ToList() : p.Prepend(new KeyValuePair<string, string>("_handler", h[Math.Min(pick, h.Length - 1)])).ToList());
    }

    /// <summary>
    /// SQLite's data_version, read on one connection of the test's own, changes whenever any other
    /// connection (the app's) commits a write: equal before and after means nothing was stored.
    /// PostgreSQL has no such per-database counter (its transaction ids are shared by every test
    /// database on the server), so the PostgreSQL run checks for 5xx only; the SQLite run checks both.
    /// </summary>
    private async Task<long> Fingerprint()
    {
        if (_factory.Database is not SqliteTestDatabase sqlite)
        {
            return 0;
        }

        if (_watcher is null)
        {
            _watcher = new SqliteConnection($"Data Source={sqlite.FilePath};Pooling=False");
            await _watcher.OpenAsync(Ct);
        }

        await using var command = _watcher.CreateCommand();
        command.CommandText = "PRAGMA data_version";
        return (long)(await command.ExecuteScalarAsync(Ct))!;
    }

    private static ByteArrayContent Body(byte[] body, string? contentType)
    {
        var content = new ByteArrayContent(body);
        if (contentType is not null && MediaTypeHeaderValue.TryParse(contentType, out var media))
        {
            content.Headers.ContentType = media;
        }

        return content;
    }

    private static string Query(byte[] body) => Uri.EscapeDataString(Encoding.UTF8.GetString(body, 0, Math.Min(body.Length, 500))) + "=1";

    private static string Describe(byte[] body, string? contentType) =>
        $"Content-Type {contentType ?? "(none)"}, body {Shorten(Encoding.UTF8.GetString(body))}";

    private static string Shorten(string text) => text.Length > 120 ? text[..120] + $"… ({text.Length} chars)" : text;

    /// <summary>
    /// A form post as a browser sends it: where, which handler names, which fields it reads, values
    /// it accepts. AsRunner posts as a runner whose draft has passed the safety pages, so the posts
    /// reach the pages behind them (the body map's, ADR-015) rather than a redirect to the first gap.
    /// </summary>
    private sealed record FormTarget(string Path, bool AsPhysio, string[] Handlers, string[] Fields, string[] Plausible, bool AsRunner = false);

    /// <summary>A physio with a patient, programme, exercise and live link; a runner with a saved result; their tokens.</summary>
    private sealed class World(AppFactory factory, PhysioSession physio, HttpClient anonymous, HttpClient runner)
    {
        private readonly Dictionary<bool, string> _tokens = [];
        private string? _runnerToken;

        public HttpClient Runner => runner;
        private Guid _patient;
        private Guid _programme;
        private Guid _item;
        private string _link = string.Empty;
        private string _saved = string.Empty;

        public HttpClient Physio => physio.Client;

        public HttpClient Anonymous => anonymous;

        public static async Task<World> CreateAsync(AppFactory factory)
        {
            var world = new World(factory, await PhysioSession.RegisterAsync(factory), PhysioSession.NewClient(factory), PhysioSession.NewClient(factory));
            await world.RenewAsync();
            return world;
        }

        public async Task RenewAsync()
        {
            _patient = await physio.AddPatientAsync("Generated " + Guid.NewGuid().ToString("N")[..6]);
            _programme = await physio.CreateStandardProgrammeAsync(_patient);
            _link = await physio.IssueLinkAsync(_patient, _programme);
            await using (var db = await ClinicDatabase.OpenAsync(factory))
            {
                _item = await db.ProgrammeExercises.Where(e => e.ProgrammeId == _programme).OrderBy(e => e.Position).Select(e => e.Id).FirstAsync(Ct);
            }

            _saved = await anonymous.SaveThroughResultsPageAsync(SavedResultsForms.SelfCareDraft());
            _tokens.Clear();

            // The runner's safety pages answered again: whatever the generator posted to the map's
            // pages, they stay reachable (no earlier gap, no emergency).
            await new CheckFlowClient(runner).AnswerUpToAsync("hip-and-pelvis");
            _runnerToken = null;
        }

        public async Task<string> RunnerTokenAsync() =>
            _runnerToken ??= SavedResultsForms.AntiforgeryToken(await runner.GetHtmlAsync("/check/main-signs"));

        public void Forget(bool asPhysio) => _tokens.Remove(asPhysio);

        public async Task<string> TokenAsync(bool asPhysio)
        {
            if (!_tokens.TryGetValue(asPhysio, out var token))
            {
                token = asPhysio ? await physio.AntiforgeryTokenAsync("/clinic") : SavedResultsForms.AntiforgeryToken(await anonymous.GetHtmlAsync("/check/nerves"));
                _tokens[asPhysio] = token;
            }

            return token;
        }

        /// <summary>Every exercise id in the catalogue: what a real session could send back.</summary>
        public static readonly string[] ExerciseIds = [.. PiriformisRehab.Domain.Plans.ExerciseCatalog.Default.Categories.SelectMany(c => c.Exercises).Select(e => e.Id)];

        /// <summary>The pages a link opens by GET whose query the page reads, and the same under broken tokens.</summary>
        public List<string> Pages() =>
        [
            $"/p/{_link}/session",
            $"/r/{_saved}/session",
            $"/p/{_link}/diary",
            $"/r/{_saved}/diary",
            $"/p/{_link}x/session",
            "/r/%ED%A0%80/session",
            $"/r/{_saved[..^1]}/diary",
        ];

        public List<FormTarget> Forms()
        {
            var patient = $"/clinic/patients/{_patient}";
            var programme = $"{patient}/programmes/{_programme}";
            string[] diaryFields = ["sessionDate", "painNow", "painWorst", "morningAfter", "exercisePain", "sittingMinutes", "activity", "walkRunPhase", "runMinutes", "runPain", "exercisesDone", "note", "redFlags", "clinicianCleared", "confirm"];
            string[] diaryValues = [DateOnly.FromDateTime(DateTime.UtcNow).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), "2026-02-30", "0", "3", "10", "11", "-1", "same", "better", "worse", "none", "walk", "walkRun", "run", "clamshell", "saddleNumbness", "true", "false", "on"];
            string[] answerValues = [SavedResultsForms.SelfCareDraft().ToJson(), "{\"step\":1,\"answers\":{\"painNow\":\"\\ud800\"}}", "{\"step\":-5,\"answers\":{\"\\udc00\":\"yes\"}}", "{\"answers\":null}", "true", "false"];
            return
            [
                new("/account/login", false, ["login"], ["Input.Email", "Input.Password"], ["a@b.co", "nobody@example.com", PhysioSession.Password]),
                new("/account/register", false, ["register"], ["Input.DisplayName", "Input.Email", "Input.Password", "Input.ConfirmPassword"], ["Sam", "new@example.com", PhysioSession.Password]),
                new("/account/forgot", false, ["forgot-password"], ["Input.Email"], ["a@b.co", "nobody@example.com", " "]),
                new("/account/reset?userId=x&code=eA", false, ["reset-password"], ["Input.Password", "Input.ConfirmPassword"], [PhysioSession.Password, "short"]),
                // Never the physio's real password, so no post changes or deletes the account the generator works in.
                new("/account/manage/password", true, ["change-password"], ["Input.CurrentPassword", "Input.NewPassword", "Input.ConfirmPassword"], ["not the password at all", "short", "another long pass phrase"]),
                new("/account/manage/email", true, ["change-email"], ["Input.NewEmail"], ["new-address@example.com", "a@b", " "]),
                new("/account/manage/delete", true, ["delete-account"], ["Input.Password", "Input.DeletePatients"], ["not the password at all", "true", "false", "on"]),
                new("/account/logout", false, [], ["returnUrl"], ["/", "//evil.example", "/\\evil.example", "https://evil.example", "/clinic", "/\t/x", "javascript:alert(1)"]),
                new("/clinic", true, ["add-patient"], ["Input.Label"], ["JB 01", " ", "x"]),
                new($"{patient}/programmes", true, [], ["start", "savedLink", "together"], ["standard", "saved-link", "true", $"/r/{_saved}", _saved, "http://localhost/r/x"]),
                new($"{programme}/exercises", true, [], ["exerciseId"], ["clamshell", "piriformisStretch", "unknown"]),
                // The editor's one save (doses, notes and a move) and the steps that act only with "yes".
                new(programme, true, ["programme"], ["item", $"sets-{_item}", $"amount-{_item}", $"times-{_item}", $"per-{_item}", $"notes-{_item}", "move"],
                    [_item.ToString(), "1", "2-3", "8-12", "0", "11", "3-1", "600", "day", "week", "fortnight", $"{_item}:up", $"{_item}:down", $"{Guid.Empty}:up"]),
                new($"{programme}/exercises/{_item}/remove", true, [], ["confirm"], ["remove", "true", "yes"]),
                new($"{programme}/links", true, ["issue-link"], ["expiryDays"], ["0", "1", "180", "365", "366", "-1", "1.5"]),
                new($"{programme}/links", true, ["email-link"], ["token", "email"], [_link, "runner@example.com", "a@b", " ", "x@y.z\r\nBcc: evil@example.com"]),
                new($"{programme}/links/revoke", true, [], ["confirm"], ["revoke", "true", "yes"]),
                new($"{programme}/archive", true, [], ["confirm"], ["yes"]),
                new($"{programme}/unarchive", true, [], ["confirm"], ["yes"]),
                new($"{programme}/delete", true, [], ["confirm"], ["delete", "true", "yes"]),
                new($"{programme}/review/acknowledge", true, [], ["confirm"], ["yes"]),
                new($"{programme}/review/resume", true, [], ["note"], ["GP examined: no neurological signs.", " ", new string('n', 2001)]),
                new($"{patient}/archive", true, [], ["confirm"], ["yes", "true"]),
                new($"{patient}/delete", true, [], ["confirm"], ["yes", "true"]),
                new($"{patient}/self-check", true, ["self-check"], ["q.buttockPain", "q.painNow", "q.settleTime", "q.saddleNumbness", "q.runningStatus"], ["true", "false", "3", "hours", "runningWithPain", "11"]),
                new("/check/results", false, ["results", "save-results"], ["answers", "clinicianCleared"], answerValues),
                new("/check/nerves", false, ["check-step"], ["saddleNumbness", "bladderBowelChange", "progressiveWeakness", "bothLegsSymptoms", "bothLegsLongStanding"], ["true", "false", "notSure", "yes", "\ud800"]),
                new("/check/your-pain", false, ["check-step"], ["painNow", "painWorst", "settleTime", "sittingToleranceMinutes", "durationWeeks", "durationWeeks.dontKnow"], ["0", "10", "11", "-1", "1e3", "hours", "true", "dontKnow"]),
                new("/check/main-signs", false, ["check-step"], ["where.buttock", "where.deep-point", "where.none", "where.groin", "buttockPain", "sciaticNotchTenderness", "worseSitting", "worseOnPiriformisStretch"], ["true", "false", "notSure", "on", "", "\ud800"], AsRunner: true),
                new("/check/hip-and-pelvis", false, ["check-step"], ["where.dimple", "where.sitting-bone", "where.outer-hip", "where.groin", "where.none", "pelvicDimplePain", "outerHipPain"], ["true", "false", "notSure", "on", "\udc00"], AsRunner: true),
                new("/check/answers", false, ["check-answers"], ["answers"], ["true"]),
                new("/check/start-again", false, ["start-again"], ["confirm"], ["true"]),
                new($"/r/{_saved}", false, ["delete-saved"], ["confirm"], ["true", "false"]),
                new($"/p/{_link}/diary", false, ["check-in", "delete-diary"], diaryFields, diaryValues),
                new($"/r/{_saved}/diary", false, ["check-in", "delete-diary"], diaryFields, diaryValues),
            ];
        }
    }
}
