/**
 * TypeDoc plugin (local, loaded by typedoc.json): show the result model's types by name.
 *
 * The model's types are zod inferences (`type Task = z.infer<typeof TaskSchema>`), which the
 * checker resolves to anonymous object types, so TypeDoc would print `parse()`'s return type
 * and every `Task[]` property as a 100-line object literal instead of a link to `DocumentResult`
 * or `Task`. Where the source annotates a type, and TypeDoc's rendering of it holds an inline
 * object literal, the annotation is converted instead: the name the author wrote, linked.
 */
import ts from 'typescript';
import { ArrayType, Converter, ReflectionKind, ReflectionType, UnionType } from 'typedoc';

/** An object literal, or one inside an array or a union (`Task[]`, `DocumentNumber | null`). */
function expandsInline(type) {
  if (type instanceof ReflectionType) return true;
  if (type instanceof ArrayType) return expandsInline(type.elementType);
  if (type instanceof UnionType) return type.types.some(expandsInline);
  return false;
}

/** The annotation's conversion when it names the type where the checker's type would not. */
function declared(scoped, current, typeNode) {
  if (!typeNode || !expandsInline(current)) return current;
  scoped.project.removeTypeReflections(current);
  return scoped.converter.convertType(scoped, typeNode);
}

export function load(app) {
  app.converter.on(Converter.EVENT_CREATE_SIGNATURE, (context, signature, node) => {
    if (!node || signature.parent !== context.scope) return;
    const scoped = context.withScope(signature);
    signature.type = declared(scoped, signature.type, node.type);
    for (const parameter of signature.parameters ?? []) {
      const declaration = node.parameters.find((p) => ts.isIdentifier(p.name) && p.name.text === parameter.name);
      parameter.type = declared(scoped.withScope(parameter), parameter.type, declaration?.type);
    }
  });
  app.converter.on(Converter.EVENT_CREATE_DECLARATION, (context, reflection) => {
    if (!reflection.kindOf(ReflectionKind.Property | ReflectionKind.Variable)) return;
    const node = context.getSymbolFromReflection(reflection)?.declarations?.[0];
    if (node && (ts.isPropertySignature(node) || ts.isPropertyDeclaration(node) || ts.isVariableDeclaration(node))) {
      reflection.type = declared(context.withScope(reflection), reflection.type, node.type);
    }
  });
}
