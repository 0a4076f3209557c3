namespace IRLearn.Infrastructure.Documents;

/// <summary>
/// Follows PDF syntax byte by byte (strings, hex strings, comments, arrays and dictionaries) to measure
/// how deeply arrays and dictionaries nest and how many there are, so a file built to exhaust a
/// recursive parser is refused before the parser sees it. It can be fed in chunks: a stream's decoded
/// bytes arrive from an inflater a buffer at a time, and state carries over between calls.
/// </summary>
public sealed class PdfSyntaxScanner(DocumentBudget budget)
{
    private State _state;
    private int _depth;
    private int _stringDepth;
    private bool _escape;
    private byte _pending;

    private enum State
    {
        Normal,
        LiteralString,
        HexString,
        Comment,
    }

    /// <summary>Arrays and dictionaries opened so far; each becomes an object in the parser.</summary>
    public long Containers { get; private set; }

    public int MaxDepth { get; private set; }

    public void Feed(ReadOnlySpan<byte> bytes)
    {
        foreach (var b in bytes)
        {
            switch (_state)
            {
                case State.LiteralString:
                    InString(b);
                    break;
                case State.HexString:
                    _state = b == (byte)'>' ? State.Normal : State.HexString;
                    break;
                case State.Comment:
                    _state = b is (byte)'\r' or (byte)'\n' ? State.Normal : State.Comment;
                    break;
                default:
                    Normal(b);
                    break;
            }
        }
    }

    /// <summary>Starts a new, independent piece of syntax (the next stream) while keeping the counts.</summary>
    public void Reset()
    {
        _state = State.Normal;
        _depth = 0;
        _stringDepth = 0;
        _escape = false;
        _pending = 0;
    }

    private void Normal(byte b)
    {
        // "<<" and ">>" are two bytes that may straddle a chunk boundary, so the first one waits.
        if (_pending == (byte)'<')
        {
            _pending = 0;
            if (b == (byte)'<')
            {
                Open();
                return;
            }

            _state = State.HexString;
            if (b == (byte)'>')
            {
                _state = State.Normal;
            }

            return;
        }

        if (_pending == (byte)'>')
        {
            _pending = 0;
            if (b == (byte)'>')
            {
                Close();
                return;
            }
        }

        switch (b)
        {
            case (byte)'<' or (byte)'>':
                _pending = b;
                break;
            case (byte)'[':
                Open();
                break;
            case (byte)']':
                Close();
                break;
            case (byte)'(':
                _state = State.LiteralString;
                _stringDepth = 1;
                break;
            case (byte)'%':
                _state = State.Comment;
                break;
        }
    }

    private void InString(byte b)
    {
        if (_escape)
        {
            _escape = false;
            return;
        }

        switch (b)
        {
            case (byte)'\\':
                _escape = true;
                break;
            case (byte)'(':
                _stringDepth++;
                break;
            case (byte)')' when --_stringDepth == 0:
                _state = State.Normal;
                break;
        }
    }

    private void Open()
    {
        _depth++;
        Containers++;
        MaxDepth = Math.Max(MaxDepth, _depth);
        budget.CheckDepth(_depth);
    }

    private void Close() => _depth = Math.Max(0, _depth - 1);
}
