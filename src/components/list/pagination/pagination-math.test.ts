import { describe, expect, it } from 'vitest';
import { clampPage, isPageInputKey, itemRange, pageCount, parseTypedPage } from './pagination-math';

describe('pageCount', () => {
  it('rounds a partial last page up', () => {
    expect(pageCount(30, 25)).toBe(2);
    expect(pageCount(50, 25)).toBe(2);
    expect(pageCount(51, 25)).toBe(3);
    expect(pageCount(1, 100)).toBe(1);
  });
  it('is 0 for an empty list', () => {
    expect(pageCount(0, 25)).toBe(0);
  });
});

describe('clampPage', () => {
  it('keeps a page that exists', () => {
    expect(clampPage(2, 3)).toBe(2);
  });
  it('brings a page past the end back to the last page, and below 1 up to 1', () => {
    expect(clampPage(9, 3)).toBe(3);
    expect(clampPage(0, 3)).toBe(1);
    expect(clampPage(-4, 3)).toBe(1);
  });
  it('is 0 when there are no pages', () => {
    expect(clampPage(1, 0)).toBe(0);
  });
});

describe('itemRange', () => {
  it('numbers the items of a full page and of the partial last page', () => {
    expect(itemRange(1, 30, 25)).toEqual({ first: 1, last: 25 });
    expect(itemRange(2, 30, 25)).toEqual({ first: 26, last: 30 });
    expect(itemRange(3, 75, 25)).toEqual({ first: 51, last: 75 });
  });
  it('follows the clamped page when the page asked for is past the end', () => {
    expect(itemRange(5, 30, 25)).toEqual({ first: 26, last: 30 });
  });
  it('is 0 - 0 for an empty list', () => {
    expect(itemRange(1, 0, 25)).toEqual({ first: 0, last: 0 });
  });
});

describe('parseTypedPage', () => {
  it('reads a page number', () => {
    expect(parseTypedPage('2', 3)).toBe(2);
    expect(parseTypedPage('02', 3)).toBe(2);
  });
  it('clamps to the pages there are', () => {
    expect(parseTypedPage('7', 3)).toBe(3);
    expect(parseTypedPage('0', 3)).toBe(1);
  });
  it('is undefined for text that is not a number', () => {
    expect(parseTypedPage('', 3)).toBeUndefined();
    expect(parseTypedPage('abc', 3)).toBeUndefined();
  });
  it('gives page 1 when there are no pages', () => {
    expect(parseTypedPage('4', 0)).toBe(1);
  });
});

describe('isPageInputKey', () => {
  it('lets digits and editing keys through, nothing else', () => {
    for (const key of ['0', '7', 'Backspace', 'Delete', 'ArrowLeft', 'Tab', 'Enter']) expect(isPageInputKey(key)).toBe(true);
    for (const key of ['e', '-', '+', '.', ' ']) expect(isPageInputKey(key)).toBe(false);
  });
});
