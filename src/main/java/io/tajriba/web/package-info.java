/**
 * The pages' frame: layout, navigation, workspace and language switchers, messages in English, Persian, Arabic
 * and Hebrew (right to left where due), dates in the workspace's calendar, the sign-in and home pages.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Web")
@org.jspecify.annotations.NullMarked
package io.tajriba.web;
