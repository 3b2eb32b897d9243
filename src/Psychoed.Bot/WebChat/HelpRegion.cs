using Psychoed.Core.Answers;

namespace Psychoed.Bot.WebChat;

/// <summary>The crisis contacts the "Need help now?" button shows for one region.</summary>
/// <param name="Code">The region code (US, GB, CA, AU, IE).</param>
/// <param name="Name">The region's name as a visitor reads it.</param>
/// <param name="Resources">The contacts, most urgent first.</param>
public sealed record HelpRegion(string Code, string Name, IReadOnlyList<HelpResource> Resources);
