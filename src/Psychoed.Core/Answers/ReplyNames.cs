using Psychoed.Core.Safety;

namespace Psychoed.Core.Answers;

/// <summary>The snake_case names of reply kinds and safety levels used in JSON output and the eval set.</summary>
public static class ReplyNames
{
    /// <summary><c>answer</c>, <c>crisis</c>, <c>out_of_scope</c>, <c>refusal</c>, <c>smalltalk</c> or <c>error</c>.</summary>
    public static string ToName(this ReplyKind kind) => kind switch
    {
        ReplyKind.Answer => "answer",
        ReplyKind.Crisis => "crisis",
        ReplyKind.OutOfScope => "out_of_scope",
        ReplyKind.Refusal => "refusal",
        ReplyKind.SmallTalk => "smalltalk",
        ReplyKind.Error => "error",
        ReplyKind.Support => "support",
        ReplyKind.Nearest => "nearest",
        _ => kind.ToString().ToLowerInvariant(),
    };

    /// <summary><c>none</c>, <c>support</c> or <c>crisis</c>.</summary>
    public static string ToName(this SafetyLevel level) => level.ToString().ToLowerInvariant();
}
