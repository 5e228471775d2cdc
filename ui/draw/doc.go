// Package draw is Déclic's drawing kit: units and rectangles, fonts and
// text laid out in boxes and over pages, shapes, the themes' colours and
// buttons. It knows nothing of workshops, decks or translations: the
// screens of package ui are drawn with it, and layout functions written
// with its rectangles can be tested at any screen size without a GPU.
package draw
