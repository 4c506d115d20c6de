-- regdesign: pandoc Lua filter for the typst writer (PDF). Part of regdesign/render; see pdf.py.
-- Turns the DOCX paragraph styles of the intermediate Markdown (custom-style divs) into typst layout,
-- and ids of spans into typst labels on a locatable element so that internal links resolve.
local layout = {
  ["Entidad"] = {"#align(center)[#text(weight: \"bold\", size: 1.1em)[", "]]"},
  ["Tipo de norma"] = {"#align(center)[#text(weight: \"bold\")[", "]]"},
  ["Epigrafe"] = {"#align(center)[#pad(x: 2.5em)[#text(style: \"italic\")[", "]]]"},
  ["Numeral"] = {"#pad(left: 1.5em)[", "]"},
  ["Literal"] = {"#pad(left: 3em)[", "]"},
  ["Subliteral"] = {"#pad(left: 4.5em)[", "]"},
  ["Cierre"] = {"#align(center)[", "]"},
}

function Div(el)
  local style = el.attributes["custom-style"]
  local wrap = style and layout[style]
  if not wrap then
    return nil
  end
  local blocks = {pandoc.RawBlock("typst", wrap[1])}
  for _, block in ipairs(el.content) do
    table.insert(blocks, block)
  end
  table.insert(blocks, pandoc.RawBlock("typst", wrap[2]))
  return blocks
end

function Span(el)
  if el.identifier == "" then
    return nil
  end
  local inlines = {pandoc.RawInline("typst", "#metadata(none)<" .. el.identifier .. ">")}
  for _, inline in ipairs(el.content) do
    table.insert(inlines, inline)
  end
  return inlines
end
