using Psychoed.Core.Corpus;
using Psychoed.Core.Editing;
using Psychoed.Core.Serving;
using Psychoed.Data;

namespace Psychoed.Bot.Admin;

/// <summary>
/// Maps the staff endpoints: <c>/api/admin/articles...</c> (list, get, save, status, restore,
/// history) and <c>GET /api/corpus/status</c>, all behind <see cref="ApiKeyFilter"/>.
/// </summary>
public static class AdminEndpoints
{
    /// <summary>The most a status or restore request body may hold.</summary>
    private const int SmallBodyLimit = 16 * 1024;

    /// <summary>Maps the admin API and the corpus status endpoint.</summary>
    public static WebApplication MapAdminApi(this WebApplication app)
    {
        var admin = app.MapGroup("/api/admin").AddEndpointFilter<ApiKeyFilter>();
        admin.MapGet("/articles", ListAsync);
        admin.MapGet("/articles/{id}", GetAsync);
        admin.MapGet("/articles/{id}/history", HistoryAsync);
        admin.MapPut("/articles/{id}", SaveAsync);
        admin.MapPost("/articles/{id}/status", ChangeStatusAsync);
        admin.MapPost("/articles/{id}/restore/{version}", RestoreAsync);

        app.MapGet("/api/corpus/status", (CorpusServer server) => Results.Json(server.Status.Current, CorpusStatusFile.JsonOptions))
            .AddEndpointFilter<ApiKeyFilter>();
        return app;
    }

    private static async Task<IResult> ListAsync(ArticleStore store, CancellationToken ct)
    {
        var articles = await store.ListAsync(ct);
        return Results.Ok(articles.Select(a => new
        {
            a.Id,
            Title = a.Parsed?.Article?.Title,
            Status = a.Status is { } s ? ArticleParser.StatusName(s) : null,
            Path = a.RelativePath,
            LastReviewed = a.Parsed?.Article?.LastReviewed,
            a.Version,
            Errors = a.Parsed?.Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Error) ?? 1,
        }));
    }

    private static async Task<IResult> GetAsync(string id, ArticleStore store, HttpResponse response, CancellationToken ct)
    {
        if (!ArticleId.IsValid(id))
        {
            return InvalidId();
        }

        var article = await store.FindAsync(id, ct);
        if (article is null)
        {
            return AdminResults.Error(StatusCodes.Status404NotFound, $"no article with id '{id}'");
        }

        response.Headers.ETag = $"\"{article.Version}\"";
        var a = article.Parsed?.Article;
        return Results.Ok(new
        {
            article.Id,
            Path = article.RelativePath,
            article.Version,
            FrontMatter = a is null ? null : new
            {
                a.Title, a.Summary, a.Topics, a.Audience, a.Language, Status = ArticleParser.StatusName(a.Status),
                a.LastReviewed, a.ReviewedBy, a.Referral, a.Url, a.Sources,
            },
            Markdown = article.Text,
            Diagnostics = article.Parsed?.Diagnostics.Select(d => d.ToString()) ?? ["the file cannot be read as UTF-8 text"],
        });
    }

    private static async Task<IResult> HistoryAsync(string id, AdminAuditStore audit, CancellationToken ct) =>
        ArticleId.IsValid(id) ? Results.Ok(await audit.HistoryAsync(id, ct)) : InvalidId();

    private static async Task<IResult> SaveAsync(string id, HttpRequest request, ArticleAdminService service, Microsoft.Extensions.Options.IOptions<AdminOptions> options, CancellationToken ct)
    {
        if (!ArticleId.IsValid(id))
        {
            return InvalidId();
        }

        var limit = options.Value.MaxArticleBytes;
        var (body, tooLarge) = await RequestBody.ReadTextAsync(request, RequestBody.IsJson(request) ? (limit * 2) + SmallBodyLimit : limit, ct);
        if (tooLarge)
        {
            return AdminResults.Error(StatusCodes.Status413PayloadTooLarge, $"the article is larger than {limit / 1024} KB");
        }

        var save = RequestBody.IsJson(request)
            ? RequestBody.FromJson<ArticleSaveRequest>(body)
            : new ArticleSaveRequest(body, request.Headers["X-Actor"].ToString(), null);
        if (save?.Markdown is not { Length: > 0 } markdown)
        {
            return AdminResults.Error(StatusCodes.Status400BadRequest, "send the article as text/markdown (with an X-Actor header) or as JSON {\"markdown\", \"actor\", \"version\"}, in UTF-8");
        }

        if (System.Text.Encoding.UTF8.GetByteCount(markdown) > limit)
        {
            return AdminResults.Error(StatusCodes.Status413PayloadTooLarge, $"the article is larger than {limit / 1024} KB");
        }

        if (!ActorName.IsValid(save.Actor))
        {
            return InvalidActor();
        }

        var version = ArticleVersion.FromIfMatch(request.Headers.IfMatch.ToString()) ?? save.Version;
        return await service.SaveAsync(id, markdown, save.Actor!.Trim(), version, ct);
    }

    private static async Task<IResult> ChangeStatusAsync(string id, HttpRequest request, ArticleAdminService service, CancellationToken ct)
    {
        if (!ArticleId.IsValid(id))
        {
            return InvalidId();
        }

        var (body, tooLarge) = await RequestBody.ReadTextAsync(request, SmallBodyLimit, ct);
        if (tooLarge)
        {
            return AdminResults.Error(StatusCodes.Status413PayloadTooLarge, "the request is too large");
        }

        var change = RequestBody.FromJson<StatusChangeRequest>(body);
        if (StatusTransitions.Parse(change?.Status) is not { } target)
        {
            return AdminResults.Error(StatusCodes.Status400BadRequest, "send JSON {\"status\": \"in_review\" | \"published\" | \"retired\" | \"draft\", \"actor\": \"...\"}");
        }

        if (!ActorName.IsValid(change!.Actor) || (change.Reviewer is not null && !ActorName.IsValid(change.Reviewer)))
        {
            return InvalidActor();
        }

        var version = ArticleVersion.FromIfMatch(request.Headers.IfMatch.ToString()) ?? change.Version;
        return await service.ChangeStatusAsync(id, target, change.Actor!.Trim(), change.Reviewer?.Trim(), version, ct);
    }

    private static async Task<IResult> RestoreAsync(string id, string version, HttpRequest request, ArticleAdminService service, CancellationToken ct)
    {
        if (!ArticleId.IsValid(id))
        {
            return InvalidId();
        }

        if (version.Length is 0 or > 64 || !version.All(char.IsAsciiHexDigitLower))
        {
            return AdminResults.Error(StatusCodes.Status400BadRequest, "a version is the hex string shown by GET /api/admin/articles/{id}/history");
        }

        var (body, tooLarge) = await RequestBody.ReadTextAsync(request, SmallBodyLimit, ct);
        if (tooLarge)
        {
            return AdminResults.Error(StatusCodes.Status413PayloadTooLarge, "the request is too large");
        }

        var actor = RequestBody.FromJson<RestoreRequest>(body)?.Actor ?? request.Headers["X-Actor"].ToString();
        if (!ActorName.IsValid(actor))
        {
            return InvalidActor();
        }

        return await service.RestoreAsync(id, version, actor.Trim(), ArticleVersion.FromIfMatch(request.Headers.IfMatch.ToString()), ct);
    }

    private static IResult InvalidId() =>
        AdminResults.Error(StatusCodes.Status400BadRequest, $"an article id is lowercase letters, digits and single hyphens, at most {ArticleId.MaxLength} characters");

    private static IResult InvalidActor() =>
        AdminResults.Error(StatusCodes.Status400BadRequest, "name who makes the change: \"actor\" (or the X-Actor header), 1-100 letters, digits, spaces and . , @ ' ( ) _ -");
}
