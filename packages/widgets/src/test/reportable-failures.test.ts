import { expect } from '@open-wc/testing';
import { describeValue, makeReportable } from './reportable-failures.ts';

describe('reportable failures', () => {
  it('turns compared DOM nodes into descriptions the runner can send', () => {
    const button = document.createElement('button');
    button.textContent = ' Place   order ';
    const error = { message: 'expected …', actual: button, expected: [document.body, 3] };
    expect(() => structuredClone(error)).to.throw();
    makeReportable(error);
    expect(error.actual).to.equal('<button> Place order');
    expect(error.expected).to.equal('[<body>, 3]');
    expect(() => structuredClone(error)).not.to.throw();
  });

  it('leaves values that can be sent as they are', () => {
    const error = { actual: { a: 1 }, expected: 'x' };
    makeReportable(error);
    expect(error).to.deep.equal({ actual: { a: 1 }, expected: 'x' });
    expect(describeValue(document.createTextNode('t'))).to.equal('[#text]');
  });
});
