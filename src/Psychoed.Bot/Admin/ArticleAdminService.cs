using Psychoed.Core.Corpus;
using Psychoed.Core.Editing;
using Psychoed.Core.Import;
using Psychoed.Data;

namespace Psychoed.Bot.Admin;

/// <summary>
/// The admin API's write operations: save, change status and restore. Each one validates with the
/// loader's own parser and rules, checks the caller's version under the corpus write lock, writes
/// the file atomically and records the change with the previous text in the audit log. The live
/// reload picks the file up from there.
/// </summary>
internal sealed class ArticleAdminService(ArticleStore store, AdminAuditStore audit, TimeProvider clock, ILogger<ArticleAdminService> logger)
{
    private static readonly ArticleStatus[] EditableStatuses = [ArticleStatus.Draft, ArticleStatus.InReview];

    public Task<IResult> SaveAsync(string id, string markdown, string actor, string? baseVersion, CancellationToken ct) =>
        store.ExclusiveAsync(async () =>
        {
            var existing = await store.FindAsync(id, ct);
            if (existing is not null && baseVersion is null)
            {
                return AdminResults.Error(StatusCodes.Status428PreconditionRequired,
                    $"'{id}' exists: send the version you edited (If-Match header or \"version\") so another admin's save is not lost.", currentVersion: existing.Version);
            }

            if (existing is not null && baseVersion != existing.Version)
            {
                return Conflict(id, existing);
            }

            if (existing is null && baseVersion is not null and not "*")
            {
                return AdminResults.Error(StatusCodes.Status409Conflict, $"'{id}' does not exist any more; save it without a version to create it again.");
            }

            var text = markdown.Replace("\r\n", "\n", StringComparison.Ordinal);
            var path = existing?.RelativePath ?? store.NewArticlePath(id);
            var parsed = ArticleParser.Parse(path, text).Article;
            if (parsed is not null && parsed.Id != id)
            {
                return AdminResults.Error(StatusCodes.Status400BadRequest, $"the front matter id '{parsed.Id}' does not match the address id '{id}'");
            }

            if (parsed is not null && !EditableStatuses.Contains(parsed.Status))
            {
                return AdminResults.Error(StatusCodes.Status400BadRequest,
                    $"an edit is saved as draft or in_review; status '{ArticleParser.StatusName(parsed.Status)}' is set only through POST /api/admin/articles/{id}/status, where publishing needs a second person");
            }

            var invalid = await ValidateAsync(path, text, ct);
            if (invalid is not null)
            {
                return invalid;
            }

            if (existing?.Text == text)
            {
                return Results.Ok(Written(id, path, text, null));
            }

            var action = existing is null ? AuditActions.Create : AuditActions.Update;
            var auditId = await audit.RecordAsync(actor, action, existing, id, path, text, existing?.Status is { } was ? $"was {ArticleParser.StatusName(was)}" : "", () => store.WriteAsync(path, text, ct), ct);
            logger.LogInformation("Admin API: {Actor} {Action} article {Id} ({Path}), version {Version}", actor, action, id, path, ArticleVersion.Of(text));
            return existing is null
                ? Results.Created($"/api/admin/articles/{id}", Written(id, path, text, auditId))
                : Results.Ok(Written(id, path, text, auditId));
        }, ct);

    public Task<IResult> ChangeStatusAsync(string id, ArticleStatus target, string actor, string? reviewer, string? baseVersion, CancellationToken ct) =>
        store.ExclusiveAsync(async () =>
        {
            var existing = await store.FindAsync(id, ct);
            if (existing is null)
            {
                return NotFound(id);
            }

            if (baseVersion is not null && baseVersion != existing.Version)
            {
                return Conflict(id, existing);
            }

            if (existing.Status is not { } current)
            {
                return AdminResults.Error(StatusCodes.Status409Conflict, $"'{id}' has errors; fix them with PUT before changing its status", Errors(existing));
            }

            if (!StatusTransitions.IsAllowed(current, target))
            {
                var allowed = string.Join(", ", StatusTransitions.From(current).Select(ArticleParser.StatusName));
                return AdminResults.Error(StatusCodes.Status409Conflict, $"'{id}' is {ArticleParser.StatusName(current)}: it can move to {allowed}, not {ArticleParser.StatusName(target)}");
            }

            var authors = await audit.AuthorsSinceLastPublishAsync(id, ct);
            var text = FrontMatterEditor.Set(existing.Text, "status", ArticleParser.StatusName(target))!;
            if (target == ArticleStatus.InReview && (reviewer is not null || existing.Parsed!.Article!.ReviewedBy.Length == 0))
            {
                if (reviewer is null)
                {
                    return AdminResults.Error(StatusCodes.Status400BadRequest, "name the reviewer who will check it (\"reviewer\")");
                }

                if (authors.Contains(reviewer))
                {
                    return AdminResults.Error(StatusCodes.Status400BadRequest, $"the reviewer must be someone other than the author ({string.Join(", ", authors)})");
                }

                text = FrontMatterEditor.Set(text, "reviewed_by", MarkdownText.YamlQuote(reviewer))!;
            }

            if (target == ArticleStatus.Published)
            {
                if (authors.Contains(actor))
                {
                    return AdminResults.Error(StatusCodes.Status403Forbidden,
                        $"'{actor}' wrote or changed this version; a reviewer other than the author ({string.Join(", ", authors)}) must publish it");
                }

                var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
                text = FrontMatterEditor.Set(text, "reviewed_by", MarkdownText.YamlQuote(actor))!;
                text = FrontMatterEditor.Set(text, "last_reviewed", today.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture))!;
                text = FrontMatterEditor.RemoveComments(text, DraftArticleBuilder.CommentMarker);
            }

            var invalid = await ValidateAsync(existing.RelativePath, text, ct);
            if (invalid is not null)
            {
                return invalid;
            }

            var detail = $"{ArticleParser.StatusName(current)} -> {ArticleParser.StatusName(target)}";
            var auditId = await audit.RecordAsync(actor, AuditActions.Status, existing, id, existing.RelativePath, text, detail, () => store.WriteAsync(existing.RelativePath, text, ct), ct);
            logger.LogInformation("Admin API: {Actor} moved article {Id} {Detail}", actor, id, detail);
            return Results.Ok(Written(id, existing.RelativePath, text, auditId));
        }, ct);

    public Task<IResult> RestoreAsync(string id, string version, string actor, string? baseVersion, CancellationToken ct) =>
        store.ExclusiveAsync(async () =>
        {
            var existing = await store.FindAsync(id, ct);
            if (existing is not null && baseVersion is not null && baseVersion != existing.Version)
            {
                return Conflict(id, existing);
            }

            var found = await audit.FindVersionAsync(id, version, ct);
            if (found is not { } restored)
            {
                return AdminResults.Error(StatusCodes.Status404NotFound, $"the audit log has no version '{version}' of '{id}' (see GET /api/admin/articles/{id}/history)");
            }

            var path = existing?.RelativePath ?? restored.Path;
            if (existing?.Version == version)
            {
                return Results.Ok(Written(id, path, existing.Text, null));
            }

            var invalid = await ValidateAsync(path, restored.Content, ct);
            if (invalid is not null)
            {
                return invalid;
            }

            var auditId = await audit.RecordAsync(actor, AuditActions.Restore, existing, id, path, restored.Content, $"restored {version}", () => store.WriteAsync(path, restored.Content, ct), ct);
            logger.LogInformation("Admin API: {Actor} restored article {Id} to version {Version}", actor, id, version);
            return Results.Ok(Written(id, path, restored.Content, auditId));
        }, ct);

    private async Task<IResult?> ValidateAsync(string path, string text, CancellationToken ct)
    {
        var errors = await store.ValidateAsync(path, text, ct);
        return errors.Count == 0
            ? null
            : AdminResults.Error(StatusCodes.Status400BadRequest, $"the article does not validate ({errors.Count} error(s)); nothing was written", errors.Select(e => e.ToString()));
    }

    private static IResult Conflict(string id, StoredArticle existing) =>
        AdminResults.Error(StatusCodes.Status409Conflict, $"'{id}' was changed by someone else since you loaded it; reload it (current version {existing.Version}) and apply your edit again", currentVersion: existing.Version);

    private static IResult NotFound(string id) => AdminResults.Error(StatusCodes.Status404NotFound, $"no article with id '{id}'");

    private static IEnumerable<string> Errors(StoredArticle article) =>
        article.Parsed?.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => d.ToString()) ?? [];

    private static WriteResult Written(string id, string path, string text, long? auditId) =>
        new(id, path, ArticleVersion.Of(text), ArticleParser.StatusName(ArticleParser.Parse(path, text).Article?.Status ?? ArticleStatus.Draft), auditId);

    /// <summary>What a successful write answers.</summary>
    internal sealed record WriteResult(string Id, string Path, string Version, string Status, long? AuditId);
}
