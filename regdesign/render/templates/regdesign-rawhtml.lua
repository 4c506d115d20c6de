-- Free Markdown (texto comparado tables, documents assembled by interviews) is read with raw HTML switched off, so
-- any HTML in it is shown as the text it is. The one piece of markup honoured is a line break inside a table cell:
-- render_markdown_to turns "<br>" into U+E000 before pandoc reads the text, and this filter makes it a LineBreak.
local MARK = "\u{E000}"

function Str(el)
  if not el.text:find(MARK, 1, true) then
    return nil
  end
  local out = {}
  local rest = el.text
  while true do
    local at = rest:find(MARK, 1, true)
    if not at then
      break
    end
    if at > 1 then
      table.insert(out, pandoc.Str(rest:sub(1, at - 1)))
    end
    table.insert(out, pandoc.LineBreak())
    rest = rest:sub(at + #MARK)
  end
  if #rest > 0 then
    table.insert(out, pandoc.Str(rest))
  end
  return out
end
